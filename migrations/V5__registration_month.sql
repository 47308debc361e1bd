-- The tally's totals per practice and month, one column per published measure, so the network and public
-- dashboards read one row per practice-month instead of every combination of answers. It is kept by the same
-- transaction that changes registration_tally (atomic additions, so it never drifts under concurrent logging) and
-- holds nothing the tally does not: counts, no times. Clustered by month first because every dashboard reads a
-- range of months across practices.

CREATE TABLE registration_month (
    month                                 CHAR(7) NOT NULL,
    practice_id                           BIGINT  NOT NULL,
    registrations                         INT     NOT NULL DEFAULT 0,
    registered_without_photo_id           INT     NOT NULL DEFAULT 0,
    registered_without_proof_of_address   INT     NOT NULL DEFAULT 0,
    registered_without_immigration_documents INT  NOT NULL DEFAULT 0,
    registered_without_nhs_number         INT     NOT NULL DEFAULT 0,
    interpreter_needed                    INT     NOT NULL DEFAULT 0,
    registered                            INT     NOT NULL DEFAULT 0,
    pending                               INT     NOT NULL DEFAULT 0,
    refused                               INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (month, practice_id),
    KEY ix_registration_month_practice (practice_id, month),
    CONSTRAINT fk_registration_month_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT ck_registration_month_count CHECK (registrations >= 0)
) ENGINE = InnoDB;

INSERT INTO registration_month (month, practice_id, registrations, registered_without_photo_id,
    registered_without_proof_of_address, registered_without_immigration_documents, registered_without_nhs_number,
    interpreter_needed, registered, pending, refused)
SELECT month, practice_id, SUM(registrations),
       SUM(IF(no_photo_id AND outcome = 'REGISTERED', registrations, 0)),
       SUM(IF(no_proof_of_address AND outcome = 'REGISTERED', registrations, 0)),
       SUM(IF(no_immigration_documents AND outcome = 'REGISTERED', registrations, 0)),
       SUM(IF(no_nhs_number AND outcome = 'REGISTERED', registrations, 0)),
       SUM(IF(interpreter_language <> '', registrations, 0)),
       SUM(IF(outcome = 'REGISTERED', registrations, 0)),
       SUM(IF(outcome = 'PENDING', registrations, 0)),
       SUM(IF(outcome = 'REFUSED', registrations, 0))
FROM registration_tally
GROUP BY month, practice_id;
