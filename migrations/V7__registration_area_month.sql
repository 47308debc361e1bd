-- The tally's month totals per NHS region and per ICB, one column per published measure, so that the network and
-- public dashboards read a few hundred rows instead of every practice-month (the benchmark measured 0.2–0.6 s for
-- region and ICB tables over 10,000,000 registrations read from registration_month, 1–12 ms from these).
-- Kept in the same transaction as registration_tally and registration_month, with atomic additions. A
-- registration counts towards the region and ICB its practice was in when it was logged. area_code is '' for a
-- practice without one.

CREATE TABLE registration_area_month (
    area_type                                VARCHAR(6) NOT NULL,
    month                                    CHAR(7)    NOT NULL,
    area_code                                VARCHAR(8) NOT NULL,
    registrations                            INT        NOT NULL DEFAULT 0,
    registered_without_photo_id              INT        NOT NULL DEFAULT 0,
    registered_without_proof_of_address      INT        NOT NULL DEFAULT 0,
    registered_without_immigration_documents INT        NOT NULL DEFAULT 0,
    registered_without_nhs_number            INT        NOT NULL DEFAULT 0,
    interpreter_needed                       INT        NOT NULL DEFAULT 0,
    registered                               INT        NOT NULL DEFAULT 0,
    pending                                  INT        NOT NULL DEFAULT 0,
    refused                                  INT        NOT NULL DEFAULT 0,
    PRIMARY KEY (area_type, month, area_code),
    CONSTRAINT ck_registration_area_month_type CHECK (area_type IN ('REGION', 'ICB')),
    CONSTRAINT ck_registration_area_month_count CHECK (registrations >= 0)
) ENGINE = InnoDB;

INSERT INTO registration_area_month (area_type, month, area_code, registrations, registered_without_photo_id,
    registered_without_proof_of_address, registered_without_immigration_documents, registered_without_nhs_number,
    interpreter_needed, registered, pending, refused)
SELECT 'REGION', m.month, COALESCE(p.region_code, ''), SUM(m.registrations), SUM(m.registered_without_photo_id),
       SUM(m.registered_without_proof_of_address), SUM(m.registered_without_immigration_documents),
       SUM(m.registered_without_nhs_number), SUM(m.interpreter_needed), SUM(m.registered), SUM(m.pending),
       SUM(m.refused)
FROM registration_month m JOIN practice p ON p.id = m.practice_id
GROUP BY m.month, COALESCE(p.region_code, '');

INSERT INTO registration_area_month (area_type, month, area_code, registrations, registered_without_photo_id,
    registered_without_proof_of_address, registered_without_immigration_documents, registered_without_nhs_number,
    interpreter_needed, registered, pending, refused)
SELECT 'ICB', m.month, COALESCE(p.icb_code, ''), SUM(m.registrations), SUM(m.registered_without_photo_id),
       SUM(m.registered_without_proof_of_address), SUM(m.registered_without_immigration_documents),
       SUM(m.registered_without_nhs_number), SUM(m.interpreter_needed), SUM(m.registered), SUM(m.pending),
       SUM(m.refused)
FROM registration_month m JOIN practice p ON p.id = m.practice_id
GROUP BY m.month, COALESCE(p.icb_code, '');
