-- A school's own requests in the TLV overview, all or only the open ones,
-- by when they were handed in complete: without this the optimiser walked
-- (type_id, complete_at) through every school's requests for one school's
-- page. The state and finished_at make it cover the status filters.
ALTER TABLE dossiers
  ADD KEY ix_school_wait (school_id, type_id, complete_at, id, finished_at, state);
