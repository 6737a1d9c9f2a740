-- An extension (herindicatie, DOMAIN.md TLV): a new request of the same
-- type for the same pupil, started from an issued TLV with its answers,
-- running the same route and linked to the TLV it extends.
ALTER TABLE dossiers
  ADD extends_decision_id BIGINT UNSIGNED NULL AFTER pupil_id,
  ADD KEY ix_extends (extends_decision_id),
  ADD CONSTRAINT fk_dossier_extends FOREIGN KEY (extends_decision_id)
    REFERENCES tlv_decisions (id);
