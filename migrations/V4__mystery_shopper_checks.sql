-- Mystery-shopper checks by Doctors of the World trainers: a scripted call or visit by a test persona (never a real
-- patient) asking to register without documents, its outcome, and the practice's response.
CREATE TABLE mystery_shopper_check (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    practice_id              BIGINT        NOT NULL,
    checked_on               DATE          NOT NULL,
    channel                  VARCHAR(24)   NOT NULL,
    no_photo_id              BOOLEAN       NOT NULL,
    no_proof_of_address      BOOLEAN       NOT NULL,
    no_immigration_documents BOOLEAN       NOT NULL,
    needs_interpreter        BOOLEAN       NOT NULL,
    outcome                  VARCHAR(24)   NOT NULL,
    notes                    VARCHAR(500)  NULL,
    recorded_by              VARCHAR(254)  NOT NULL,
    practice_response        VARCHAR(1000) NULL,
    responded_by             VARCHAR(254)  NULL,
    responded_on             DATE          NULL,
    created_at               TIMESTAMP(6)  NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_check_practice_date (practice_id, checked_on),
    KEY ix_check_date (checked_on),
    CONSTRAINT fk_check_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB;
