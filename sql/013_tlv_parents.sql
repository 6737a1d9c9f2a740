-- The school records that it told the parents of the decision (DOMAIN.md,
-- TLV: "parents informed" is recorded): on which day, and who recorded it.
ALTER TABLE tlv_decisions
  ADD parents_informed_on DATE NULL AFTER decided_at,
  ADD parents_informed_by BIGINT UNSIGNED NULL AFTER parents_informed_on,
  ADD CONSTRAINT fk_decision_parents_by FOREIGN KEY (parents_informed_by)
    REFERENCES users (id);
