-- The SWV's setting (on its own organisation row): a school's TLV request
-- goes to the RVZ of the school's bestuur for approval before the SWV
-- sees it. Transitions marked "when": "rvz_approval" or
-- "no_rvz_approval" exist only with or without it (formdef.c).
ALTER TABLE organisations
  ADD rvz_approval TINYINT(1) NOT NULL DEFAULT 0 AFTER inside_swv;
