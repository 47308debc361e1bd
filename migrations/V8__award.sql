-- The Sanctuary in Healthcare award (City of Sanctuary): versioned criteria in three sections, practices'
-- applications with narratives and evidence files, the review panel (conflicts, assessments, decisions) and the
-- awards themselves. Narratives are about what the practice does, never about patients (the service refuses NHS
-- numbers and dates of birth).

CREATE TABLE award_criteria_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version_number INT          NOT NULL,
    published_at   TIMESTAMP(6) NOT NULL,
    published_by   VARCHAR(254) NOT NULL,
    change_note    VARCHAR(500) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_award_criteria_version_number (version_number)
) ENGINE = InnoDB;

CREATE TABLE award_section_minimum (
    criteria_version_id BIGINT     NOT NULL,
    section             VARCHAR(8) NOT NULL,
    minimum             INT        NOT NULL,
    PRIMARY KEY (criteria_version_id, section),
    CONSTRAINT fk_section_minimum_version FOREIGN KEY (criteria_version_id) REFERENCES award_criteria_version (id),
    CONSTRAINT ck_section_minimum CHECK (minimum BETWEEN 0 AND 20)
) ENGINE = InnoDB;

-- A criterion keeps its code from version to version, so a renewal can carry narratives over.
CREATE TABLE award_criterion (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    criteria_version_id BIGINT        NOT NULL,
    code                VARCHAR(40)   NOT NULL,
    section             VARCHAR(8)    NOT NULL,
    position            INT           NOT NULL,
    title               VARCHAR(160)  NOT NULL,
    applicant_guidance  VARCHAR(2000) NOT NULL,
    reviewer_guidance   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_award_criterion_code (criteria_version_id, code),
    CONSTRAINT fk_award_criterion_version FOREIGN KEY (criteria_version_id) REFERENCES award_criteria_version (id)
) ENGINE = InnoDB;

INSERT INTO award_criteria_version (id, version_number, published_at, published_by, change_note)
VALUES (1, 1, '2026-11-01 00:00:00', 'system', 'First criteria, from the City of Sanctuary principles');

INSERT INTO award_section_minimum (criteria_version_id, section, minimum)
VALUES (1, 'LEARN', 2), (1, 'EMBED', 2), (1, 'SHARE', 2);

INSERT INTO award_criterion (criteria_version_id, code, section, position, title, applicant_guidance, reviewer_guidance)
VALUES
    (1, 'learn-staff', 'LEARN', 1, 'Staff learn what it means to seek sanctuary',
     'Tell us how your team has learned about the experience of people seeking sanctuary and their entitlement to NHS care: training sessions (with dates and who attended, by role), e-learning, talks by people with lived experience. Attach certificates, agendas or slides.',
     'Look for learning that reached reception and clinical staff, is recent (last two years) and is more than a single e-learning module.'),
    (1, 'learn-entitlements', 'LEARN', 2, 'Staff know and explain entitlements',
     'Show how staff can explain to patients that anyone can register without ID, proof of address or immigration status, and that their information is not shared with immigration enforcement. Attach briefing notes or scripts used at reception.',
     'Look for accurate information (no proof of address or ID needed; confidentiality) that reception staff actually use.'),
    (1, 'learn-lived-experience', 'LEARN', 3, 'Learning from people with lived experience',
     'Describe how people who have sought sanctuary, or organisations led by them, have helped your team understand barriers to care.',
     'Look for genuine involvement of people with lived experience, with their consent and, where appropriate, payment for their time.'),
    (1, 'embed-registration-policy', 'EMBED', 1, 'An inclusive registration policy',
     'Attach your written registration policy and tell us how it ensures nobody is refused for lack of ID, proof of address (a care-of address is accepted) or immigration status.',
     'Check the policy against the Safe Surgeries seven steps; the optional immigration questions must not be required.'),
    (1, 'embed-interpreters', 'EMBED', 2, 'Interpreters and considered communication',
     'Describe how you arrange interpreters (telephone or in person, a choice of gender where possible), how you record a patient''s language and literacy needs, and the languages you offer information in.',
     'Look for interpreters booked as routine rather than relying on family members, and for languages and literacy recorded.'),
    (1, 'embed-welcome', 'EMBED', 3, 'A welcome at reception',
     'Tell us how a person seeking sanctuary is welcomed at reception and online: posters in the languages of your community, accessible registration routes, quiet space, signposting.',
     'Look for practical steps a patient would notice, not only statements of intent.'),
    (1, 'embed-patient-involvement', 'EMBED', 4, 'People with lived experience shape the service',
     'Describe how people with lived experience of seeking sanctuary are involved in your patient participation group or in designing services.',
     'Look for involvement that is ongoing and influences decisions.'),
    (1, 'share-partnerships', 'SHARE', 1, 'Partnerships with local refugee organisations',
     'Tell us about your links with local refugee and asylum-seeker organisations, day centres and community groups: referrals both ways, sessions in familiar places, networks of care.',
     'Look for named partners and a working relationship (for example regular contact or joint sessions).'),
    (1, 'share-other-practices', 'SHARE', 2, 'Sharing practice with other practices and the ICB',
     'Show how you have shared what you learned with other practices, your primary care network or your Integrated Care Board: talks, case studies, policies shared.',
     'Look for sharing beyond the practice that others could act on.'),
    (1, 'share-community', 'SHARE', 3, 'Sharing the vision with the community',
     'Describe how you tell your wider community that the practice welcomes people seeking sanctuary: newsletters, website, events, local media.',
     'Look for public, visible commitment to welcome.');

-- Reviewer attributes that an administrator sets: who leads panels and who has lived experience of seeking
-- sanctuary (every deciding panel needs at least one such member).
CREATE TABLE award_reviewer (
    account_id       BIGINT  NOT NULL,
    lead             BOOLEAN NOT NULL DEFAULT FALSE,
    lived_experience BOOLEAN NOT NULL DEFAULT FALSE,
    version          BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_award_reviewer_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB;

CREATE TABLE award (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    practice_id       BIGINT        NOT NULL,
    application_id    BIGINT        NOT NULL,
    awarded_on        DATE          NOT NULL,
    expires_on        DATE          NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    status_reason     VARCHAR(1000) NULL,
    status_changed_at TIMESTAMP(6)  NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_award_application (application_id),
    KEY ix_award_practice (practice_id, expires_on),
    CONSTRAINT fk_award_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB;

CREATE TABLE award_application (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    practice_id         BIGINT       NOT NULL,
    criteria_version_id BIGINT       NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    round               INT          NOT NULL DEFAULT 1,
    renewal_of_award_id BIGINT       NULL,
    started_at          TIMESTAMP(6) NOT NULL,
    started_by          VARCHAR(254) NOT NULL,
    submitted_at        TIMESTAMP(6) NULL,
    submitted_by        VARCHAR(254) NULL,
    status_since        TIMESTAMP(6) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    -- At most one open application per practice, kept by the database even when two requests race.
    open_practice_id    BIGINT AS (CASE WHEN status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED')
                                        THEN practice_id END) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY uk_award_application_open (open_practice_id),
    KEY ix_award_application_practice (practice_id),
    KEY ix_award_application_queue (status, status_since),
    CONSTRAINT fk_award_application_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT fk_award_application_criteria FOREIGN KEY (criteria_version_id) REFERENCES award_criteria_version (id),
    CONSTRAINT fk_award_application_renewal FOREIGN KEY (renewal_of_award_id) REFERENCES award (id)
) ENGINE = InnoDB;

ALTER TABLE award ADD CONSTRAINT fk_award_from_application FOREIGN KEY (application_id) REFERENCES award_application (id);

CREATE TABLE award_response (
    application_id BIGINT       NOT NULL,
    criterion_id   BIGINT       NOT NULL,
    narrative      TEXT         NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    updated_by     VARCHAR(254) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (application_id, criterion_id),
    CONSTRAINT fk_award_response_application FOREIGN KEY (application_id) REFERENCES award_application (id),
    CONSTRAINT fk_award_response_criterion FOREIGN KEY (criterion_id) REFERENCES award_criterion (id)
) ENGINE = InnoDB;

-- File contents are stored once per SHA-256, so re-attaching evidence to a renewal copies no bytes.
CREATE TABLE award_evidence_content (
    sha256 CHAR(64) NOT NULL,
    bytes  LONGBLOB NOT NULL,
    PRIMARY KEY (sha256)
) ENGINE = InnoDB;

CREATE TABLE award_evidence (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    criterion_id   BIGINT       NOT NULL,
    file_name      VARCHAR(120) NOT NULL,
    kind           VARCHAR(8)   NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_at    TIMESTAMP(6) NOT NULL,
    uploaded_by    VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_award_evidence_application (application_id, criterion_id),
    CONSTRAINT fk_award_evidence_application FOREIGN KEY (application_id) REFERENCES award_application (id),
    CONSTRAINT fk_award_evidence_criterion FOREIGN KEY (criterion_id) REFERENCES award_criterion (id),
    CONSTRAINT fk_award_evidence_content FOREIGN KEY (sha256) REFERENCES award_evidence_content (sha256)
) ENGINE = InnoDB;

-- Everyone who would see an application's evidence first declares a conflict of interest, or none.
CREATE TABLE award_conflict_declaration (
    application_id BIGINT       NOT NULL,
    account_id     BIGINT       NOT NULL,
    conflicted     BOOLEAN      NOT NULL,
    declared_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (application_id, account_id),
    CONSTRAINT fk_conflict_application FOREIGN KEY (application_id) REFERENCES award_application (id),
    CONSTRAINT fk_conflict_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB;

CREATE TABLE award_panel_member (
    application_id BIGINT       NOT NULL,
    account_id     BIGINT       NOT NULL,
    assigned_by    VARCHAR(254) NOT NULL,
    assigned_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (application_id, account_id),
    CONSTRAINT fk_panel_application FOREIGN KEY (application_id) REFERENCES award_application (id),
    CONSTRAINT fk_panel_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB;

-- One assessment per reviewer per round (a resubmission starts a new round).
CREATE TABLE award_assessment (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    round          INT          NOT NULL,
    account_id     BIGINT       NOT NULL,
    submitted_at   TIMESTAMP(6) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_award_assessment (application_id, round, account_id),
    CONSTRAINT fk_assessment_application FOREIGN KEY (application_id) REFERENCES award_application (id),
    CONSTRAINT fk_assessment_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB;

CREATE TABLE award_assessment_rating (
    assessment_id        BIGINT        NOT NULL,
    criterion_id         BIGINT        NOT NULL,
    rating               VARCHAR(12)   NOT NULL,
    comment_for_practice VARCHAR(2000) NULL,
    private_note         VARCHAR(2000) NULL,
    PRIMARY KEY (assessment_id, criterion_id),
    CONSTRAINT fk_rating_assessment FOREIGN KEY (assessment_id) REFERENCES award_assessment (id),
    CONSTRAINT fk_rating_criterion FOREIGN KEY (criterion_id) REFERENCES award_criterion (id)
) ENGINE = InnoDB;

-- One decision per round: the unique key lets only one of two leads deciding at once succeed.
CREATE TABLE award_decision (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    round          INT           NOT NULL,
    outcome        VARCHAR(16)   NOT NULL,
    rationale      VARCHAR(4000) NOT NULL,
    decided_by     VARCHAR(254)  NOT NULL,
    decided_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_award_decision_round (application_id, round),
    CONSTRAINT fk_decision_application FOREIGN KEY (application_id) REFERENCES award_application (id)
) ENGINE = InnoDB;

CREATE TABLE award_change_request (
    decision_id  BIGINT        NOT NULL,
    criterion_id BIGINT        NOT NULL,
    needed       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (decision_id, criterion_id),
    CONSTRAINT fk_change_request_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT fk_change_request_criterion FOREIGN KEY (criterion_id) REFERENCES award_criterion (id)
) ENGINE = InnoDB;
