-- Placement not confirmed (DOMAIN.md, TLV): an issued TLV that no
-- receiving school has confirmed TLV.PlacementSignalWeeks after the
-- decision is signalled to the SWV, until a school confirms or the TLV
-- has ended.
ALTER TABLE signals
  MODIFY kind ENUM('state','date','objection','tlv_end','lead','placement') NOT NULL;
