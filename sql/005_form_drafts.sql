-- The form builder: a beheerder's changes to a trajectory type's form,
-- kept as a draft until they are published as the next version. One
-- draft per type, shared by the beheerders; version guards against two
-- of them saving over each other. based_on is the version the draft
-- started from: publishing over a newer one is refused.
CREATE TABLE trajectory_drafts (
  type_id       BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  based_on      BIGINT UNSIGNED NOT NULL,
  definition    MEDIUMTEXT NOT NULL,
  version       INT UNSIGNED NOT NULL DEFAULT 1,
  created_by    BIGINT UNSIGNED NOT NULL,
  updated_by    BIGINT UNSIGNED NOT NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  CONSTRAINT fk_draft_type FOREIGN KEY (type_id) REFERENCES trajectory_types (id),
  CONSTRAINT fk_draft_def FOREIGN KEY (based_on) REFERENCES trajectory_defs (id),
  CONSTRAINT fk_draft_creator FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT fk_draft_editor FOREIGN KEY (updated_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
