-- Safe Surgery declarations: versioned, signed commitments of a practice, with the information patients need.

-- The wording a signatory commits to. A declaration keeps a copy of exactly what was signed.
CREATE TABLE commitment_version (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    label          VARCHAR(40) NOT NULL,
    commitment     TEXT        NOT NULL,
    effective_from DATE        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_commitment_version_label (label)
) ENGINE = InnoDB;

INSERT INTO commitment_version (label, commitment, effective_from) VALUES ('2026-1',
'We declare our practice a Safe Surgery. A lack of identification, proof of address, immigration status or English is never a barrier to registering with us. In particular:
1. Nobody is refused registration for lack of proof of address; we accept a care-of address (a friend, a day centre, or the practice itself).
2. We do not insist on proof of identity.
3. We never ask about immigration status; the supplementary questions on the registration form are optional.
4. All our staff can reassure patients that their information is safe and is not shared with immigration enforcement.
5. We use interpreters when they are needed, by telephone or in person, offering a choice of interpreter gender where possible.
6. We display welcome and Safe Surgery posters in the languages of our community.
7. Our staff are trained, and we have a written inclusive registration policy.
We will keep this commitment under review and tell the Safe Surgeries network if it stops being true.', '2026-01-01');

CREATE TABLE declaration (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    practice_id              BIGINT       NOT NULL,
    version_number           INT          NOT NULL,
    status                   VARCHAR(16)  NOT NULL,
    interpreter_access       VARCHAR(16)  NULL,
    care_of_address_accepted BOOLEAN      NULL,
    signatory_name           VARCHAR(120) NULL,
    signatory_role           VARCHAR(120) NULL,
    signed_on                DATE         NULL,
    signed_by                VARCHAR(254) NULL,
    commitment_version_id    BIGINT       NULL,
    commitment_text          TEXT         NULL,
    last_confirmed_on        DATE         NULL,
    withdrawn_on             DATE         NULL,
    withdrawal_reason        VARCHAR(500) NULL,
    lapsed_on                DATE         NULL,
    created_at               TIMESTAMP(6) NOT NULL,
    updated_at               TIMESTAMP(6) NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    -- At most one draft and one current (declared) version per practice, guaranteed by the database.
    draft_of_practice        BIGINT AS (IF(status = 'DRAFT', practice_id, NULL)) PERSISTENT,
    current_of_practice      BIGINT AS (IF(status = 'DECLARED', practice_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY uk_declaration_practice_version (practice_id, version_number),
    UNIQUE KEY uk_declaration_one_draft (draft_of_practice),
    UNIQUE KEY uk_declaration_one_current (current_of_practice),
    KEY ix_declaration_status_confirmed (status, last_confirmed_on),
    CONSTRAINT fk_declaration_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT fk_declaration_commitment FOREIGN KEY (commitment_version_id) REFERENCES commitment_version (id)
) ENGINE = InnoDB;

-- The seven Safe Surgery steps, one row each per declaration version.
CREATE TABLE declaration_item (
    declaration_id BIGINT       NOT NULL,
    step           INT          NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    target_date    DATE         NULL,
    note           VARCHAR(500) NULL,
    PRIMARY KEY (declaration_id, step),
    CONSTRAINT fk_declaration_item FOREIGN KEY (declaration_id) REFERENCES declaration (id) ON DELETE CASCADE,
    CONSTRAINT ck_declaration_item_step CHECK (step BETWEEN 1 AND 7)
) ENGINE = InnoDB;

-- Languages spoken by the team, as ISO 639 codes.
CREATE TABLE declaration_language (
    declaration_id BIGINT     NOT NULL,
    language_code  VARCHAR(3) NOT NULL,
    PRIMARY KEY (declaration_id, language_code),
    KEY ix_declaration_language_code (language_code),
    CONSTRAINT fk_declaration_language FOREIGN KEY (declaration_id) REFERENCES declaration (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE declaration_registration_route (
    declaration_id BIGINT      NOT NULL,
    route          VARCHAR(16) NOT NULL,
    PRIMARY KEY (declaration_id, route),
    CONSTRAINT fk_declaration_route FOREIGN KEY (declaration_id) REFERENCES declaration (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Each yearly "still true?" confirmation of a declared version.
CREATE TABLE declaration_reconfirmation (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    declaration_id BIGINT       NOT NULL,
    confirmed_on   DATE         NOT NULL,
    confirmed_by   VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reconfirmation_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id)
) ENGINE = InnoDB;
