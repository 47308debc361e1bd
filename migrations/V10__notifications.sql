-- Notifications: durable email with leases, in-app notices, email preferences, reminders sent once per due date,
-- and ShedLock's table so each scheduled job runs on one instance at a time.

-- The lease gets its own column (it was kept in last_error); dedup_key makes a retried listener write no second
-- email; message_id stays the same on every attempt, so a resend after a crash is recognisably the same email.
ALTER TABLE outbox_email
    ADD COLUMN lease_token VARCHAR(36)  NULL,
    ADD COLUMN dedup_key   VARCHAR(200) NULL,
    ADD COLUMN message_id  VARCHAR(200) NULL,
    ADD UNIQUE KEY uk_outbox_dedup (dedup_key),
    ADD KEY ix_outbox_lease (lease_token);

UPDATE outbox_email SET message_id = CONCAT('<', UUID(), '@safe-surgery-portal>') WHERE message_id IS NULL;

-- What the bell in the header lists: one row per person per event. No patient data, ever: notices say what
-- happened to a practice, an application or a certificate.
CREATE TABLE notice (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    account_id BIGINT        NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    link       VARCHAR(500)  NULL,
    dedup_key  VARCHAR(200)  NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    read_at    TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_notice_dedup (account_id, dedup_key),
    KEY ix_notice_unread (account_id, read_at),
    CONSTRAINT fk_notice_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Only the optional emails a person turned off are stored; everything else is on.
CREATE TABLE notification_opt_out (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, kind),
    CONSTRAINT fk_opt_out_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One row per reminder published: the same reminder for the same due date is never published twice, whichever
-- instance runs the job and however often.
CREATE TABLE reminder_ledger (
    reminder    VARCHAR(40)  NOT NULL,
    subject_key VARCHAR(100) NOT NULL,
    due_on      DATE         NOT NULL,
    issued_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (reminder, subject_key, due_on)
) ENGINE = InnoDB;

-- ShedLock (JdbcTemplateLockProvider): one row per scheduled job.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;
