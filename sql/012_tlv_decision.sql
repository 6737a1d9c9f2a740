-- The decision on a TLV request (DOMAIN.md, TLV): issued or refused, by
-- whom and when; an issued TLV has its number, type, for SO and VSO the
-- bekostigingscategorie, its period, the reasons for its duration and
-- category, and the schools it is meant for. One per dossier.
CREATE TABLE tlv_decisions (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id      BIGINT UNSIGNED NOT NULL,
  outcome         ENUM('toegekend','afgewezen') NOT NULL,
  number          VARCHAR(20) CHARACTER SET ascii NULL,
  kind            ENUM('sbo','so','vso') NULL,
  category        ENUM('laag','midden','hoog') NULL,
  start_date      DATE NULL,
  end_date        DATE NULL,
  duration_reason TEXT NULL,
  category_reason TEXT NULL,
  refusal_reason  TEXT NULL,
  decided_by      BIGINT UNSIGNED NOT NULL,
  decided_at      DATETIME NOT NULL,
  created_at      DATETIME NOT NULL,
  updated_at      DATETIME NOT NULL,
  UNIQUE KEY uq_dossier (dossier_id),
  UNIQUE KEY uq_number (number),
  CONSTRAINT fk_decision_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT fk_decision_by FOREIGN KEY (decided_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tlv_receivers (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  decision_id     BIGINT UNSIGNED NOT NULL,
  school_id       BIGINT UNSIGNED NOT NULL,
  created_at      DATETIME NOT NULL,
  updated_at      DATETIME NOT NULL,
  UNIQUE KEY uq_receiver (decision_id, school_id),
  KEY ix_school (school_id),
  CONSTRAINT fk_receiver_decision FOREIGN KEY (decision_id) REFERENCES tlv_decisions (id),
  CONSTRAINT fk_receiver_school FOREIGN KEY (school_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- TLV numbers count per calendar year: TLV-2026-00001. The row lock on
-- the year's counter hands out each number once.
CREATE TABLE tlv_counters (
  year            SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  last            INT UNSIGNED NOT NULL
) ENGINE=InnoDB;

ALTER TABLE dossier_events
  MODIFY kind ENUM('created','saved','transition','comment','assigned',
    'unassigned','upload','share','removed','advice','decision') NOT NULL;
