-- The two advices a TLV needs (DOMAIN.md, TLV; research R1-R3): each
-- written and signed by its own expert, whose profession decides which
-- of the two they may give; an expert involved with the pupil gives
-- neither.
ALTER TABLE users
  ADD profession ENUM('orthopedagoog','psycholoog','jeugdpsycholoog','arts',
    'kinderpsychiater','pedagoog','maatschappelijk_werker') NULL AFTER name;

-- adviser1 and adviser2: who writes the first and the second advice;
-- one of each per dossier.
ALTER TABLE dossier_assignments
  MODIFY role ENUM('handler','expert','decider','adviser1','adviser2') NOT NULL,
  ADD adviser TINYINT UNSIGNED AS (CASE role WHEN 'adviser1' THEN 1
    WHEN 'adviser2' THEN 2 END) PERSISTENT,
  ADD UNIQUE KEY uq_adviser (dossier_id, adviser);

ALTER TABLE dossier_events
  MODIFY kind ENUM('created','saved','transition','comment','assigned',
    'unassigned','upload','share','removed','advice') NOT NULL;

-- One row per advice, from the first save; signed_at makes it final.
-- profession is the author's when they signed, as the letter states it.
CREATE TABLE advices (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id    BIGINT UNSIGNED NOT NULL,
  slot          TINYINT UNSIGNED NOT NULL,
  user_id       BIGINT UNSIGNED NOT NULL,
  body          MEDIUMTEXT NOT NULL,
  profession    VARCHAR(40) CHARACTER SET ascii NULL,
  signed_at     DATETIME NULL,
  version       INT UNSIGNED NOT NULL DEFAULT 1,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_advice (dossier_id, slot),
  CONSTRAINT fk_advice_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT fk_advice_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Experts involved in a pupil's begeleiding: not impartial, so they
-- advise on none of the pupil's dossiers.
CREATE TABLE pupil_involvements (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pupil_id      BIGINT UNSIGNED NOT NULL,
  user_id       BIGINT UNSIGNED NOT NULL,
  created_by    BIGINT UNSIGNED NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_involvement (pupil_id, user_id),
  CONSTRAINT fk_involved_pupil FOREIGN KEY (pupil_id) REFERENCES pupils (id),
  CONSTRAINT fk_involved_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The people to assign show their profession: it is reference data now.
DROP TRIGGER tr_users_update;
CREATE TRIGGER tr_users_update AFTER UPDATE ON users
  FOR EACH ROW UPDATE reference_version SET version = version + 1
  WHERE id = 1 AND NOT (NEW.name <=> OLD.name AND NEW.active <=> OLD.active
    AND NEW.profession <=> OLD.profession);
