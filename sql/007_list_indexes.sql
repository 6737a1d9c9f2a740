-- For lists over 100,000 dossiers (./dev bench): an expert's dossiers
-- straight from the index, and passend-cron's search for dossiers of a
-- definition waiting in a state.
ALTER TABLE dossier_assignments
  ADD KEY ix_user_dossier (user_id, dossier_id),
  DROP KEY ix_user;
ALTER TABLE dossiers
  ADD KEY ix_def_state (def_id, state, state_since);
