-- When a dossier reached a final state of its workflow (NULL: still
-- open), set by the step that takes it there. The TLV overview reads its
-- pages from indexes rather than sorting: the open requests longest
-- waiting first (with every column its filters and the scopes test, so
-- that the page and its count read the index only), one state's, and all
-- of a type's, by when they were handed in complete.
ALTER TABLE dossiers
  ADD finished_at DATETIME NULL AFTER complete_at,
  ADD KEY ix_open_wait (type_id, finished_at, complete_at, id, state, school_id,
    bestuur_id, deelverband_id, pupil_last_name, pupil_first_name),
  ADD KEY ix_state_wait (type_id, state, complete_at),
  ADD KEY ix_type_wait (type_id, complete_at);

-- Dossiers already in a final state: since they got there.
UPDATE dossiers d JOIN trajectory_defs v ON v.id = d.def_id
  SET d.finished_at = d.state_since
  WHERE JSON_CONTAINS(JSON_EXTRACT(v.definition, '$.workflow.states'),
    JSON_OBJECT('key', d.state, 'final', TRUE));
