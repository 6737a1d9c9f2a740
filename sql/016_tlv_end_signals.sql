-- A signal that an issued TLV ends soon (TLV.EndSignalMonths ahead): the
-- school must apply for an extension in time. rule_key is 'end'; since
-- is the TLV's end date.
ALTER TABLE signals
  MODIFY kind ENUM('state','date','objection','tlv_end') NOT NULL;
