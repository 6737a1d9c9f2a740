-- Signals, raised by passend-cron from a type's time rules: a dossier
-- waiting longer than its state's signal_days, or a date answer with
-- signal_days coming near. One row per occurrence: since is the
-- state_since or the date, so a dossier that comes back to a state gets
-- a new signal. A signal is cleared when its cause is gone (the dossier
-- moved on, the date changed, the dossier reached a final state), and
-- mailed once to the people responsible.
CREATE TABLE signals (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id    BIGINT UNSIGNED NOT NULL,
  kind          ENUM('state','date') NOT NULL,
  rule_key      VARCHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'the state or the date field',
  since         DATETIME NOT NULL COMMENT 'state: state_since (UTC); date: the date',
  due_on        DATE NOT NULL COMMENT 'the day the rule fired, Europe/Amsterdam',
  label         VARCHAR(400) NOT NULL,
  mailed_at     DATETIME NULL,
  cleared_at    DATETIME NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_signal (dossier_id, kind, rule_key, since),
  KEY ix_open (cleared_at, due_on),
  KEY ix_mail (mailed_at),
  CONSTRAINT fk_signal_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
