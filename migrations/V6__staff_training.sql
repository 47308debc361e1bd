-- Staff training: sessions delivered to practice staff by Doctors of the World trainers (verified) or recorded by
-- the practice itself (in-house or e-learning, self-reported), their topics, attendance as head-counts per
-- practice and staff role, and optionally named attendees (practice staff, never patients) for certificates.

CREATE TABLE training_topic (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    name     VARCHAR(120) NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    position INT          NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_training_topic_name (name)
) ENGINE = InnoDB;

INSERT INTO training_topic (name, position) VALUES
    ('Entitlement to NHS care', 1),
    ('Registration without documents', 2),
    ('Working with interpreters', 3),
    ('Confidentiality and data sharing', 4),
    ('Trauma-informed reception', 5),
    ('Safe Surgeries toolkit', 6);

CREATE TABLE training_session (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    delivered_on     DATE          NOT NULL,
    source           VARCHAR(16)   NOT NULL,
    format           VARCHAR(16)   NOT NULL,
    duration_minutes INT           NOT NULL,
    notes            VARCHAR(1000) NULL,
    recorded_by      VARCHAR(254)  NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    unlocked         BOOLEAN       NOT NULL DEFAULT FALSE,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_training_session_recorder (recorded_by, delivered_on),
    KEY ix_training_session_date (delivered_on),
    CONSTRAINT ck_training_session_duration CHECK (duration_minutes BETWEEN 10 AND 1440)
) ENGINE = InnoDB;

CREATE TABLE training_session_topic (
    session_id BIGINT NOT NULL,
    topic_id   BIGINT NOT NULL,
    PRIMARY KEY (session_id, topic_id),
    CONSTRAINT fk_session_topic_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_session_topic_topic FOREIGN KEY (topic_id) REFERENCES training_topic (id)
) ENGINE = InnoDB;

CREATE TABLE training_attendance (
    session_id  BIGINT      NOT NULL,
    practice_id BIGINT      NOT NULL,
    staff_role  VARCHAR(24) NOT NULL,
    attended    INT         NOT NULL,
    PRIMARY KEY (session_id, practice_id, staff_role),
    KEY ix_training_attendance_practice (practice_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_attendance_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT ck_attendance_count CHECK (attended BETWEEN 0 AND 500)
) ENGINE = InnoDB;

CREATE TABLE training_attendee (
    session_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    practice_id BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    staff_role  VARCHAR(24)  NOT NULL,
    email       VARCHAR(254) NOT NULL,
    PRIMARY KEY (session_id, position),
    CONSTRAINT fk_attendee_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_attendee_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB;
