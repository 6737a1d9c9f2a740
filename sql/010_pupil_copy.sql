-- What a dossier list shows of the pupil, on the dossier itself: the
-- lists then read no pupil per row (008_list_names.sql began with the
-- names they sort and search on). Triggers keep the copy, so that no
-- statement that makes a dossier or changes a pupil can forget it; an
-- anonymised pupil is anonymised in its dossiers too. A dossier never
-- moves to another pupil.
ALTER TABLE dossiers
  ADD pupil_name_prefix VARCHAR(20) NOT NULL DEFAULT '' AFTER pupil_first_name,
  ADD pupil_birth_date DATE NULL AFTER pupil_name_prefix;
UPDATE dossiers d JOIN pupils p ON p.id = d.pupil_id
  SET d.pupil_last_name = p.last_name, d.pupil_first_name = p.first_name,
    d.pupil_name_prefix = p.name_prefix, d.pupil_birth_date = p.birth_date;

CREATE TRIGGER tr_dossiers_pupil BEFORE INSERT ON dossiers FOR EACH ROW
  SET NEW.pupil_last_name = (SELECT last_name FROM pupils WHERE id = NEW.pupil_id),
    NEW.pupil_first_name = (SELECT first_name FROM pupils WHERE id = NEW.pupil_id),
    NEW.pupil_name_prefix = (SELECT name_prefix FROM pupils WHERE id = NEW.pupil_id),
    NEW.pupil_birth_date = (SELECT birth_date FROM pupils WHERE id = NEW.pupil_id);

CREATE TRIGGER tr_pupils_dossiers AFTER UPDATE ON pupils FOR EACH ROW
  UPDATE dossiers SET pupil_last_name = NEW.last_name,
    pupil_first_name = NEW.first_name, pupil_name_prefix = NEW.name_prefix,
    pupil_birth_date = NEW.birth_date
  WHERE pupil_id = NEW.id AND NOT (NEW.last_name <=> OLD.last_name
    AND NEW.first_name <=> OLD.first_name AND NEW.name_prefix <=> OLD.name_prefix
    AND NEW.birth_date <=> OLD.birth_date);
