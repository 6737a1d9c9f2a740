-- What the dossier lists show on every page, kept up to date by triggers
-- instead of worked out on each view: their totals (counting a thousand
-- index entries was a third of a page's database time) and, in the TLV
-- overview, each request's open signals (a statement of their own).
-- Triggers, so that every change counts, also one made in SQL by hand;
-- they run as their definer (see 009_reference_version.sql). The
-- application only reads these tables.

-- The dossiers per type, state, school and bestuur, and whether they are
-- open requests (handed in complete, not finished): a list's total in a
-- scope of schools and besturen is a sum over a few of these rows; the
-- TLV overview's open requests are read from ix_open alone. A dossier
-- without bestuur counts under 0.
CREATE TABLE dossier_counts (
  type_id       BIGINT UNSIGNED NOT NULL,
  state         VARCHAR(40) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  school_id     BIGINT UNSIGNED NOT NULL,
  bestuur_id    BIGINT UNSIGNED NOT NULL,
  is_open       BOOL NOT NULL,
  n             INT NOT NULL,
  PRIMARY KEY (type_id, state, school_id, bestuur_id, is_open),
  KEY ix_open (type_id, is_open, school_id, bestuur_id, n)
) ENGINE=InnoDB COMMENT='kept by triggers';

INSERT INTO dossier_counts (type_id, state, school_id, bestuur_id, is_open, n)
  SELECT type_id, state, school_id, COALESCE(bestuur_id, 0),
    finished_at IS NULL AND complete_at IS NOT NULL, COUNT(*)
  FROM dossiers GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER tr_dossiers_count_insert AFTER INSERT ON dossiers FOR EACH ROW
  INSERT INTO dossier_counts (type_id, state, school_id, bestuur_id, is_open, n)
  VALUES (NEW.type_id, NEW.state, NEW.school_id, COALESCE(NEW.bestuur_id, 0),
    NEW.finished_at IS NULL AND NEW.complete_at IS NOT NULL, 1)
  ON DUPLICATE KEY UPDATE n = n + 1;

-- Only a change that moves the dossier to another row touches the
-- counts: saving answers does not lock its school's row.
CREATE TRIGGER tr_dossiers_count_update AFTER UPDATE ON dossiers FOR EACH ROW
BEGIN
  DECLARE was BOOL DEFAULT OLD.finished_at IS NULL AND OLD.complete_at IS NOT NULL;
  DECLARE is_now BOOL DEFAULT NEW.finished_at IS NULL AND NEW.complete_at IS NOT NULL;
  IF NOT (was <=> is_now AND OLD.type_id <=> NEW.type_id AND OLD.state <=> NEW.state
      AND OLD.school_id <=> NEW.school_id AND OLD.bestuur_id <=> NEW.bestuur_id) THEN
    UPDATE dossier_counts SET n = n - 1 WHERE type_id = OLD.type_id
      AND state = OLD.state AND school_id = OLD.school_id
      AND bestuur_id = COALESCE(OLD.bestuur_id, 0) AND is_open = was;
    INSERT INTO dossier_counts (type_id, state, school_id, bestuur_id, is_open, n)
      VALUES (NEW.type_id, NEW.state, NEW.school_id, COALESCE(NEW.bestuur_id, 0),
        is_now, 1)
      ON DUPLICATE KEY UPDATE n = n + 1;
  END IF;
END;

CREATE TRIGGER tr_dossiers_count_delete AFTER DELETE ON dossiers FOR EACH ROW
  UPDATE dossier_counts SET n = n - 1 WHERE type_id = OLD.type_id
    AND state = OLD.state AND school_id = OLD.school_id
    AND bestuur_id = COALESCE(OLD.bestuur_id, 0)
    AND is_open = (OLD.finished_at IS NULL AND OLD.complete_at IS NOT NULL);

-- Per dossier, its open signals: how many and the first due, for SWV
-- staff (all) and for the school, which does not see objections and
-- placements (cgi-bin/dossier/signals.c). A dossier that had signals
-- keeps its row, with 0.
CREATE TABLE dossier_signals (
  dossier_id    BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  n_all         INT NOT NULL,
  first_all     VARCHAR(400) NULL,
  n_school      INT NOT NULL,
  first_school  VARCHAR(400) NULL,
  CONSTRAINT fk_dossier_signals FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
    ON DELETE CASCADE
) ENGINE=InnoDB COMMENT='kept by triggers';

-- The dossier's row again from its open signals; an aggregate without
-- GROUP BY always gives one row, so the last one cleared leaves 0.
CREATE PROCEDURE dossier_signals_sum(IN dossier BIGINT UNSIGNED)
  REPLACE INTO dossier_signals (dossier_id, n_all, first_all, n_school, first_school)
  SELECT dossier, COUNT(*),
    SUBSTRING_INDEX(GROUP_CONCAT(label ORDER BY due_on, id SEPARATOR 0x1F), 0x1F, 1),
    COUNT(IF(kind NOT IN ('objection', 'placement'), 1, NULL)),
    SUBSTRING_INDEX(GROUP_CONCAT(IF(kind NOT IN ('objection', 'placement'), label, NULL)
      ORDER BY due_on, id SEPARATOR 0x1F), 0x1F, 1)
  FROM signals WHERE dossier_id = dossier AND cleared_at IS NULL;

CREATE TRIGGER tr_signals_insert AFTER INSERT ON signals FOR EACH ROW
  CALL dossier_signals_sum(NEW.dossier_id);
CREATE TRIGGER tr_signals_update AFTER UPDATE ON signals FOR EACH ROW
  CALL dossier_signals_sum(NEW.dossier_id);
CREATE TRIGGER tr_signals_delete AFTER DELETE ON signals FOR EACH ROW
  CALL dossier_signals_sum(OLD.dossier_id);

-- The rows of the signals open now.
BEGIN NOT ATOMIC
  FOR g IN (SELECT DISTINCT dossier_id FROM signals WHERE cleared_at IS NULL) DO
    CALL dossier_signals_sum(g.dossier_id);
  END FOR;
END;
