-- Lists over 100,000 dossiers (./dev bench).
--
-- The pupil's name on each dossier, set from pupils when the dossier is
-- made and kept in step when the pupil is renamed (pupil_update()), so
-- that a list sorted or searched by name needs no pupil per row. The
-- names shown still come from pupils.
--
-- The two ways into a list that carry most of them, one type in one
-- state (SWV staff) and one school, each get one index that holds every
-- column a list's WHERE names: MariaDB reads only the index, even for
-- the filters a request leaves empty. Its order is the list's by pupil,
-- so that order is walked, not sorted; the default order sorts the
-- index range, a few hundred entries.
ALTER TABLE dossiers
  ADD pupil_last_name VARCHAR(100) NOT NULL DEFAULT '' AFTER pupil_id,
  ADD pupil_first_name VARCHAR(100) NOT NULL DEFAULT '' AFTER pupil_last_name,
  DROP KEY ix_type_state,
  ADD KEY ix_type_state (type_id, state, pupil_last_name, pupil_first_name,
    updated_at DESC, id DESC, school_id, bestuur_id, deelverband_id, created_at),
  DROP KEY ix_school,
  ADD KEY ix_school (school_id, pupil_last_name, pupil_first_name,
    updated_at DESC, id DESC, type_id, state, bestuur_id, deelverband_id, created_at);
UPDATE dossiers d JOIN pupils p ON p.id = d.pupil_id
  SET d.pupil_last_name = p.last_name, d.pupil_first_name = p.first_name;

-- The list's school and bestuur choices, in order, from the index.
ALTER TABLE organisations
  ADD KEY ix_type_active (type, active, name);
