-- Sharing one dossier with a guest (parent, gemeente, wijkteam) for a
-- meeting: chosen sections and documents, until a date. The guest opens
-- the e-mailed link and types a one-time code from a second e-mail. Both
-- are stored only as hashes; the code's is an HMAC keyed with the link's
-- token, so the table alone does not give the code away.
CREATE TABLE shares (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id    BIGINT UNSIGNED NOT NULL,
  name          VARCHAR(200) NOT NULL,
  email         VARCHAR(254) NOT NULL,
  relation      ENUM('ouder','gemeente','wijkteam','anders') NOT NULL,
  valid_until   DATE NOT NULL COMMENT 'last day of access, Europe/Amsterdam',
  token_hash    BINARY(32) NOT NULL,
  code_hash     BINARY(32) NULL COMMENT 'NULL once used or after 5 misses',
  code_sent_at  DATETIME NOT NULL,
  code_failures INT UNSIGNED NOT NULL DEFAULT 0,
  created_by    BIGINT UNSIGNED NOT NULL,
  revoked_by    BIGINT UNSIGNED NULL,
  revoked_at    DATETIME NULL,
  last_login_at DATETIME NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY ux_token (token_hash),
  KEY ix_dossier (dossier_id),
  CONSTRAINT fk_share_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT fk_share_creator FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a share shows: a section of the form (by key) or one document.
CREATE TABLE share_items (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  share_id      BIGINT UNSIGNED NOT NULL,
  section_key   VARCHAR(64) CHARACTER SET ascii NULL,
  document_id   BIGINT UNSIGNED NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  KEY ix_share (share_id),
  CONSTRAINT fk_item_share FOREIGN KEY (share_id) REFERENCES shares (id),
  CONSTRAINT fk_item_document FOREIGN KEY (document_id) REFERENCES documents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A guest's session belongs to a share instead of a user.
ALTER TABLE sessions
  MODIFY user_id BIGINT UNSIGNED NULL,
  MODIFY state ENUM('code','enrol','full','guest') NOT NULL,
  ADD COLUMN share_id BIGINT UNSIGNED NULL AFTER user_id,
  ADD KEY ix_share (share_id),
  ADD CONSTRAINT fk_session_share FOREIGN KEY (share_id) REFERENCES shares (id);

-- A guest's access rows: share_id names the guest, on_behalf_of the
-- staff member who invited them.
ALTER TABLE audit_log
  ADD COLUMN share_id BIGINT UNSIGNED NULL AFTER on_behalf_of;
