-- The registration audit: counts, never people. One row per practice, month and combination of answers; logging a
-- registration adds one to its row. Deliberately no timestamp and no "updated" column anywhere here: the time a
-- counter changed is the time someone registered.

CREATE TABLE registration_tally (
    id                       BIGINT      NOT NULL AUTO_INCREMENT,
    practice_id              BIGINT      NOT NULL,
    month                    CHAR(7)     NOT NULL,
    registration_type        VARCHAR(24) NOT NULL,
    no_photo_id              BOOLEAN     NOT NULL,
    no_proof_of_address      BOOLEAN     NOT NULL,
    no_immigration_documents BOOLEAN     NOT NULL,
    no_nhs_number            BOOLEAN     NOT NULL,
    interpreter_language     VARCHAR(3)  NOT NULL DEFAULT '',
    outcome                  VARCHAR(16) NOT NULL,
    refusal_reason           VARCHAR(24) NOT NULL DEFAULT '',
    registrations            INT         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_registration_tally_key (practice_id, month, registration_type, no_photo_id, no_proof_of_address,
        no_immigration_documents, no_nhs_number, interpreter_language, outcome, refusal_reason),
    KEY ix_registration_tally_month (month),
    CONSTRAINT fk_registration_tally_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT ck_registration_tally_count CHECK (registrations >= 0),
    CONSTRAINT ck_registration_tally_month CHECK (month REGEXP '^[0-9]{4}-(0[1-9]|1[0-2])$')
) ENGINE = InnoDB;
