-- Objections (bezwaar) against a TLV decision (DOMAIN.md, TLV; research
-- R9): filed within 6 weeks of the decision; unless the SWV grants it in
-- full, it asks the LBT for advice within 2 weeks of receiving it; the
-- decision on the objection is due 12 weeks after the objection period.
-- The due dates are stored as computed when it was registered.
CREATE TABLE tlv_objections (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id      BIGINT UNSIGNED NOT NULL,
  received_on     DATE NOT NULL,
  objector        VARCHAR(200) NOT NULL,
  late            TINYINT(1) NOT NULL,
  lbt_due_on      DATE NOT NULL,
  decide_due_on   DATE NOT NULL,
  lbt_asked_on    DATE NULL,
  outcome         ENUM('gegrond','deels_gegrond','ongegrond',
                    'niet_ontvankelijk','ingetrokken') NULL,
  outcome_on      DATE NULL,
  created_by      BIGINT UNSIGNED NULL,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  created_at      DATETIME NOT NULL,
  updated_at      DATETIME NOT NULL,
  KEY ix_dossier (dossier_id),
  CONSTRAINT fk_objection_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE dossier_events
  MODIFY kind ENUM('created','saved','transition','comment','assigned',
    'unassigned','upload','share','removed','advice','decision',
    'objection') NOT NULL;
