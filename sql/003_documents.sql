-- Documents of a dossier. The bytes live in the document store
-- (Documents.Dir) under store_id; this row is written in the same
-- transaction as the timeline event, after the file is complete on disk.
-- A removed document keeps its row (who, when) but loses its file.
CREATE TABLE documents (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id    BIGINT UNSIGNED NOT NULL,
  field_key     VARCHAR(64) CHARACTER SET ascii NULL,
  file_name     VARCHAR(255) NOT NULL,
  description   VARCHAR(200) NOT NULL DEFAULT '',
  mime_type     VARCHAR(100) CHARACTER SET ascii NOT NULL,
  size          BIGINT UNSIGNED NOT NULL,
  sha256        CHAR(64) CHARACTER SET ascii NOT NULL,
  store_id      CHAR(32) CHARACTER SET ascii NOT NULL,
  uploaded_by   BIGINT UNSIGNED NULL,
  uploaded_at   DATETIME NOT NULL,
  removed_by    BIGINT UNSIGNED NULL,
  removed_at    DATETIME NULL,
  UNIQUE KEY ux_store (store_id),
  KEY ix_dossier (dossier_id, removed_at),
  CONSTRAINT fk_document_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE dossier_events
  MODIFY kind ENUM('created','saved','transition','comment','assigned',
    'unassigned','upload','share','removed') NOT NULL;
