-- Signals for an open objection's deadlines (passend-cron): the LBT to be
-- asked, and the decision on the objection. rule_key is 'lbt' or
-- 'decide'; since is the due date. Only SWV staff and deciders see them.
ALTER TABLE signals
  MODIFY kind ENUM('state','date','objection') NOT NULL;
