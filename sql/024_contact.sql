-- The contact module: messages from the public contact form and the
-- SWV's inbox. A message keeps what the sender wrote; its timeline
-- (contact_events) holds assignments, internal notes, the answers sent
-- and the state changes. The purge (passend-cron purge) empties a message
-- some months after it was closed and leaves the content-free row: its
-- reference, kind of sender, dates and purged_at.
CREATE TABLE contact_messages (
  id                BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference         VARCHAR(20) CHARACTER SET ascii NULL,
  state             ENUM('nieuw','in_behandeling','beantwoord','gesloten')
                      NOT NULL DEFAULT 'nieuw',
  sender_kind       ENUM('ouder','school','professional','anders') NOT NULL,
  name              VARCHAR(100) NULL,
  email             VARCHAR(254) NULL,
  phone             VARCHAR(20) NULL,
  school            VARCHAR(150) NULL,
  pupil_first_name  VARCHAR(60) NULL,
  pupil_birth_year  SMALLINT UNSIGNED NULL,
  subject           VARCHAR(150) NULL,
  body              TEXT NULL,
  consent_at        DATETIME NULL COMMENT 'the sender agreed to the processing',
  assigned_to       BIGINT UNSIGNED NULL,
  dossier_id        BIGINT UNSIGNED NULL COMMENT 'the dossier it was turned into',
  received_at       DATETIME NOT NULL,
  closed_at         DATETIME NULL,
  purged_at         DATETIME NULL,
  version           INT UNSIGNED NOT NULL DEFAULT 1,
  created_at        DATETIME NOT NULL,
  updated_at        DATETIME NOT NULL,
  UNIQUE KEY uq_reference (reference),
  KEY ix_state (state, received_at),
  KEY ix_assigned (assigned_to, state, received_at),
  KEY ix_closed (purged_at, closed_at),
  CONSTRAINT fk_contact_assigned FOREIGN KEY (assigned_to) REFERENCES users (id),
  CONSTRAINT fk_contact_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contact_events (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  message_id    BIGINT UNSIGNED NOT NULL,
  at            DATETIME(6) NOT NULL,
  user_id       BIGINT UNSIGNED NULL,
  kind          ENUM('assigned','note','answer','state','dossier') NOT NULL,
  label         VARCHAR(255) NOT NULL,
  body          TEXT NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  KEY ix_message (message_id, at),
  CONSTRAINT fk_contact_event_message FOREIGN KEY (message_id) REFERENCES contact_messages (id),
  CONSTRAINT fk_contact_event_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The rate limit: one row per post the form took in (sent or blocked),
-- by a keyed hash of the address, never the address itself. Rows older
-- than a day are removed by passend-cron purge.
CREATE TABLE contact_posts (
  id        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ip_hash   CHAR(64) CHARACTER SET ascii NOT NULL,
  at        DATETIME NOT NULL,
  KEY ix_ip (ip_hash, at),
  KEY ix_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The SWV's website (the one origin allowed to show the form in a frame)
-- and its privacy statement (linked from the consent).
ALTER TABLE organisations
  ADD website_url VARCHAR(200) NULL,
  ADD privacy_url VARCHAR(200) NULL;
