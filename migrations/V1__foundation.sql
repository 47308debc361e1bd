-- Foundation schema: accounts, practices, the email outbox, the audit trail and Spring Modulith's event registry.
-- No table here (or anywhere in the portal) holds data that identifies a patient.

-- Spring Modulith queries this table in upper case, and MariaDB table names are case-sensitive on Linux.
CREATE TABLE EVENT_PUBLICATION (
    id                     VARCHAR(36)  NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       TEXT         NOT NULL,
    publication_date       TIMESTAMP(6) NOT NULL,
    completion_date        TIMESTAMP(6) NULL DEFAULT NULL,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    INDEX event_publication_by_completion_date_idx (completion_date)
) ENGINE = InnoDB;

CREATE TABLE user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(255) NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(6) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_account_email (email)
) ENGINE = InnoDB;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Single-use tokens for invitations (7 days) and password resets (1 hour); only their SHA-256 is stored.
CREATE TABLE account_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash CHAR(64)     NOT NULL,
    purpose    VARCHAR(16)  NOT NULL,
    account_id BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_token_hash (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Failed logins per typed email, whether or not such an account exists (so throttling reveals nothing).
CREATE TABLE login_throttle (
    email_hash      CHAR(64)     NOT NULL,
    failures        INT          NOT NULL,
    window_start    TIMESTAMP(6) NOT NULL,
    locked_until    TIMESTAMP(6) NULL,
    PRIMARY KEY (email_hash)
) ENGINE = InnoDB;

-- NHS England regions and Integrated Care Boards: codes arrive with the epraccur import, names are reference data.
CREATE TABLE nhs_region (
    code VARCHAR(8)   NOT NULL,
    name VARCHAR(120) NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB;

CREATE TABLE icb (
    code        VARCHAR(8)   NOT NULL,
    name        VARCHAR(160) NULL,
    region_code VARCHAR(8)   NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_icb_region FOREIGN KEY (region_code) REFERENCES nhs_region (code)
) ENGINE = InnoDB;

INSERT INTO nhs_region (code, name) VALUES
    ('Y56', 'London'),
    ('Y58', 'South West'),
    ('Y59', 'South East'),
    ('Y60', 'Midlands'),
    ('Y61', 'East of England'),
    ('Y62', 'North West'),
    ('Y63', 'North East and Yorkshire');

CREATE TABLE practice (
    id                         BIGINT       NOT NULL AUTO_INCREMENT,
    ods_code                   CHAR(6)      NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    address_line1              VARCHAR(120) NULL,
    address_line2              VARCHAR(120) NULL,
    address_line3              VARCHAR(120) NULL,
    town                       VARCHAR(120) NULL,
    county                     VARCHAR(120) NULL,
    postcode                   VARCHAR(8)   NULL,
    region_code                VARCHAR(8)   NULL,
    icb_code                   VARCHAR(8)   NULL,
    telephone                  VARCHAR(32)  NULL,
    status                     VARCHAR(16)  NOT NULL,
    opened_on                  DATE         NULL,
    closed_on                  DATE         NULL,
    reception_admin_headcount  INT          NOT NULL DEFAULT 0,
    clinical_headcount         INT          NOT NULL DEFAULT 0,
    practice_manager_headcount INT          NOT NULL DEFAULT 0,
    other_headcount            INT          NOT NULL DEFAULT 0,
    created_at                 TIMESTAMP(6) NOT NULL,
    updated_at                 TIMESTAMP(6) NOT NULL,
    version                    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_practice_ods_code (ods_code),
    KEY ix_practice_name (name),
    KEY ix_practice_postcode (postcode),
    CONSTRAINT fk_practice_region FOREIGN KEY (region_code) REFERENCES nhs_region (code),
    CONSTRAINT fk_practice_icb FOREIGN KEY (icb_code) REFERENCES icb (code),
    CONSTRAINT ck_practice_headcounts CHECK (reception_admin_headcount BETWEEN 0 AND 500
        AND clinical_headcount BETWEEN 0 AND 500 AND practice_manager_headcount BETWEEN 0 AND 500
        AND other_headcount BETWEEN 0 AND 500)
) ENGINE = InnoDB;

-- Which practices a practice manager belongs to.
CREATE TABLE practice_membership (
    practice_id BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (practice_id, account_id),
    KEY ix_practice_membership_account (account_id),
    CONSTRAINT fk_membership_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Every email is stored here first, in the transaction of the change that caused it; a sender delivers it later.
CREATE TABLE outbox_email (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    body_text       TEXT         NOT NULL,
    body_html       TEXT         NULL,
    kind            VARCHAR(40)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6) NOT NULL,
    lease_until     TIMESTAMP(6) NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    sent_at         TIMESTAMP(6) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_outbox_due (status, next_attempt_at),
    KEY ix_outbox_recipient (recipient)
) ENGINE = InnoDB;

-- Append-only, hash-chained record of what staff did. Never updated or deleted.
CREATE TABLE audit_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    event_id      CHAR(36)     NOT NULL,
    occurred_at   TIMESTAMP(6) NOT NULL,
    actor         VARCHAR(254) NOT NULL,
    action        VARCHAR(64)  NOT NULL,
    entity_type   VARCHAR(64)  NOT NULL,
    entity_id     VARCHAR(64)  NULL,
    details       VARCHAR(2000) NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    entry_hash    CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_audit_event (event_id),
    KEY ix_audit_occurred (occurred_at),
    KEY ix_audit_entity (entity_type, entity_id),
    KEY ix_audit_actor (actor)
) ENGINE = InnoDB;

-- One row, locked while appending, so that concurrent appends form a single chain.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_hash) VALUES (1, REPEAT('0', 64));
