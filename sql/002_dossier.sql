-- The dossier engine: pupils, trajectory definitions (form + workflow,
-- versioned), dossiers, their assignments and timeline. Never edited once
-- landed; later changes go in 003_... .

-- A pupil keeps one record when moving school: school_id is the current
-- school. Never a BSN.
CREATE TABLE pupils (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  school_id     BIGINT UNSIGNED NOT NULL,
  first_name    VARCHAR(100) NOT NULL,
  name_prefix   VARCHAR(20) NOT NULL DEFAULT '',
  last_name     VARCHAR(100) NOT NULL,
  birth_date    DATE NOT NULL,
  gender        ENUM('jongen','meisje','anders') NULL,
  grade         VARCHAR(20) NOT NULL DEFAULT '',
  school_number VARCHAR(40) NOT NULL DEFAULT '',
  parent1_name  VARCHAR(200) NOT NULL DEFAULT '',
  parent1_email VARCHAR(254) NOT NULL DEFAULT '',
  parent1_phone VARCHAR(30) NOT NULL DEFAULT '',
  parent2_name  VARCHAR(200) NOT NULL DEFAULT '',
  parent2_email VARCHAR(254) NOT NULL DEFAULT '',
  parent2_phone VARCHAR(30) NOT NULL DEFAULT '',
  created_by    BIGINT UNSIGNED NULL,
  version       INT UNSIGNED NOT NULL DEFAULT 1,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  KEY ix_school (school_id, last_name),
  KEY ix_name (last_name, birth_date),
  KEY ix_birth (birth_date),
  CONSTRAINT fk_pupil_school FOREIGN KEY (school_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A kind of dossier (TLV, PrO/LWOO, a FLEX trajectory ...). def_id is
-- the current definition: new dossiers get it.
CREATE TABLE trajectory_types (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tkey          VARCHAR(40) CHARACTER SET ascii NOT NULL,
  name          VARCHAR(200) NOT NULL,
  def_id        BIGINT UNSIGNED NULL,
  active        TINYINT(1) NOT NULL DEFAULT 1,
  version       INT UNSIGNED NOT NULL DEFAULT 1,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_key (tkey)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Immutable versions of a type's form and workflow, as the JSON document
-- that src/formdef.c parses. A dossier keeps the version it started with.
CREATE TABLE trajectory_defs (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type_id       BIGINT UNSIGNED NOT NULL,
  version_no    INT UNSIGNED NOT NULL,
  definition    MEDIUMTEXT NOT NULL,
  created_by    BIGINT UNSIGNED NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_version (type_id, version_no),
  CONSTRAINT fk_def_type FOREIGN KEY (type_id) REFERENCES trajectory_types (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE trajectory_types
  ADD CONSTRAINT fk_type_def FOREIGN KEY (def_id) REFERENCES trajectory_defs (id);

-- school, bestuur and deelverband are copied from the school when the
-- dossier starts: they decide who may see it, and a list filters on them.
CREATE TABLE dossiers (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type_id       BIGINT UNSIGNED NOT NULL,
  def_id        BIGINT UNSIGNED NOT NULL,
  pupil_id      BIGINT UNSIGNED NOT NULL,
  school_id     BIGINT UNSIGNED NOT NULL,
  bestuur_id    BIGINT UNSIGNED NULL,
  deelverband_id BIGINT UNSIGNED NULL,
  state         VARCHAR(40) CHARACTER SET ascii NOT NULL,
  state_since   DATETIME NOT NULL,
  answers       MEDIUMTEXT NOT NULL,
  submitted_at  DATETIME NULL,
  created_by    BIGINT UNSIGNED NULL,
  version       INT UNSIGNED NOT NULL DEFAULT 1,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  KEY ix_updated (updated_at),
  KEY ix_school (school_id, updated_at),
  KEY ix_bestuur (bestuur_id, updated_at),
  KEY ix_deelverband (deelverband_id, updated_at),
  KEY ix_type_state (type_id, state, updated_at),
  KEY ix_pupil (pupil_id),
  CONSTRAINT fk_dossier_type FOREIGN KEY (type_id) REFERENCES trajectory_types (id),
  CONSTRAINT fk_dossier_def FOREIGN KEY (def_id) REFERENCES trajectory_defs (id),
  CONSTRAINT fk_dossier_pupil FOREIGN KEY (pupil_id) REFERENCES pupils (id),
  CONSTRAINT fk_dossier_school FOREIGN KEY (school_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- People on a dossier in a role; an expert sees only these dossiers.
CREATE TABLE dossier_assignments (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id    BIGINT UNSIGNED NOT NULL,
  user_id       BIGINT UNSIGNED NOT NULL,
  role          ENUM('handler','expert','decider') NOT NULL,
  created_by    BIGINT UNSIGNED NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_assignment (dossier_id, user_id, role),
  KEY ix_user (user_id),
  CONSTRAINT fk_da_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT fk_da_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The timeline: every transition, upload, comment and assignment.
-- label is written in Dutch when the event happens (a state or person
-- may be renamed later; the timeline shows what was true then).
CREATE TABLE dossier_events (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id    BIGINT UNSIGNED NOT NULL,
  at            DATETIME(6) NOT NULL,
  user_id       BIGINT UNSIGNED NULL,
  kind          ENUM('created','saved','transition','comment','assigned',
                     'unassigned','upload','share') NOT NULL,
  label         VARCHAR(300) NOT NULL,
  body          TEXT NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  KEY ix_dossier (dossier_id, at),
  CONSTRAINT fk_event_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The access log lives in audit_log: a dossier's reads and writes carry
-- its id and the pupil's, so "who viewed this dossier" and a pupil's
-- access history are one index lookup each.
ALTER TABLE audit_log
  ADD COLUMN dossier_id BIGINT UNSIGNED NULL AFTER pupil_id,
  ADD KEY ix_dossier (dossier_id, at),
  ADD KEY ix_pupil (pupil_id, at);
