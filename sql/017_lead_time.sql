-- Lead time (DOMAIN.md, TLV): a warning 6 weeks and "overdue" 8 weeks
-- after the request became complete. complete_at is when the school last
-- handed it in complete (a step with the "complete" check out of a state
-- the school edits); a request sent back for more information starts
-- again when it comes back. Existing dossiers start from submitted_at.
ALTER TABLE dossiers ADD complete_at DATETIME NULL AFTER submitted_at;
UPDATE dossiers SET complete_at = submitted_at WHERE submitted_at IS NOT NULL;

ALTER TABLE signals
  MODIFY kind ENUM('state','date','objection','tlv_end','lead') NOT NULL;
