-- Certificates the portal issues (Sanctuary in Healthcare award, Safe Surgery declaration, training attendance):
-- the signed PDF exactly as issued, its SHA-256, the verification code, and the live status the public sees.
-- A holder's name appears only on training certificates (practice staff, never patients).

CREATE TABLE certificate (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    code              CHAR(14)      NOT NULL,
    kind              VARCHAR(12)   NOT NULL,
    -- The event that issued it: a retried delivery finds it here and issues nothing twice.
    source_key        VARCHAR(100)  NOT NULL,
    source_id         BIGINT        NOT NULL,
    practice_id       BIGINT        NOT NULL,
    practice_name     VARCHAR(255)  NOT NULL,
    ods_code          CHAR(6)       NOT NULL,
    holder_name       VARCHAR(200)  NULL,
    issued_on         DATE          NOT NULL,
    expires_on        DATE          NULL,
    status            VARCHAR(12)   NOT NULL,
    status_reason     VARCHAR(1000) NULL,
    status_changed_on DATE          NULL,
    superseded_by     BIGINT        NULL,
    sha256            CHAR(64)      NOT NULL,
    issued_at         TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_certificate_code (code),
    UNIQUE KEY uk_certificate_source (source_key),
    KEY ix_certificate_sha256 (sha256),
    KEY ix_certificate_practice (practice_id, kind),
    KEY ix_certificate_source_id (kind, source_id),
    CONSTRAINT fk_certificate_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT fk_certificate_superseded_by FOREIGN KEY (superseded_by) REFERENCES certificate (id)
) ENGINE = InnoDB;

-- The bytes apart from the row, so lists and verification never load PDFs.
CREATE TABLE certificate_pdf (
    certificate_id BIGINT   NOT NULL,
    bytes          LONGBLOB NOT NULL,
    PRIMARY KEY (certificate_id),
    CONSTRAINT fk_certificate_pdf FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE = InnoDB;

-- What else the certificate printed (a training session's date, topics and the attendee's role), so that a
-- re-issue prints the same.
CREATE TABLE certificate_field (
    certificate_id BIGINT        NOT NULL,
    name           VARCHAR(40)   NOT NULL,
    value          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (certificate_id, name),
    CONSTRAINT fk_certificate_field FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE = InnoDB;
