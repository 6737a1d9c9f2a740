-- The TLV and the decision letter as issued (DOMAIN.md, TLV): rendered
-- once, in the decision's transaction, and never changed. The table is
-- append-only (passend-migrate grants the application INSERT and SELECT
-- only) and a download checks the stored SHA-256 before it sends a byte.
-- verify_hash is the SHA-256 of the verification code printed on the TLV;
-- the code itself is stored nowhere.
CREATE TABLE tlv_documents (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  decision_id     BIGINT UNSIGNED NOT NULL,
  kind            ENUM('tlv','letter') NOT NULL,
  pdf             MEDIUMBLOB NOT NULL,
  size            INT UNSIGNED NOT NULL,
  sha256          CHAR(64) CHARACTER SET ascii NOT NULL,
  verify_hash     BINARY(32) NULL,
  created_at      DATETIME NOT NULL,
  UNIQUE KEY uq_kind (decision_id, kind),
  CONSTRAINT fk_tlvdoc_decision FOREIGN KEY (decision_id) REFERENCES tlv_decisions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='append-only';

-- The receiving school confirms that the pupil was placed, and from when.
ALTER TABLE tlv_receivers
  ADD placed_on DATE NULL AFTER school_id,
  ADD placed_by BIGINT UNSIGNED NULL AFTER placed_on,
  ADD placed_at DATETIME NULL AFTER placed_by,
  ADD CONSTRAINT fk_receiver_placed_by FOREIGN KEY (placed_by) REFERENCES users (id);

ALTER TABLE dossier_events
  MODIFY kind ENUM('created','saved','transition','comment','assigned',
    'unassigned','upload','share','removed','advice','decision',
    'objection','placement') NOT NULL;
