-- The version of the reference data that the FastCGI workers keep in
-- memory between requests (the list's school and type choices, the
-- people a dossier can be assigned to). The session statement reads it
-- on every request; a worker whose copy is older reads the data again.
--
-- Triggers bump it, so that every change counts, also one made in SQL
-- by hand. A user's login or password change does not: only the name
-- and whether the account is active are shown from users.
--
-- The triggers run as their definer, the account passend-migrate uses:
-- keep that account. With binary logging on, it needs SUPER or
-- log_bin_trust_function_creators = 1 to create them.
CREATE TABLE reference_version (
  id            TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  version       BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB;
INSERT INTO reference_version (id, version) VALUES (1, 1);

CREATE TRIGGER tr_organisations_insert AFTER INSERT ON organisations
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER tr_organisations_update AFTER UPDATE ON organisations
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER tr_organisations_delete AFTER DELETE ON organisations
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_trajectory_types_insert AFTER INSERT ON trajectory_types
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER tr_trajectory_types_update AFTER UPDATE ON trajectory_types
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER tr_trajectory_types_delete AFTER DELETE ON trajectory_types
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_users_insert AFTER INSERT ON users
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER tr_users_update AFTER UPDATE ON users
  FOR EACH ROW UPDATE reference_version SET version = version + 1
  WHERE id = 1 AND NOT (NEW.name <=> OLD.name AND NEW.active <=> OLD.active);
CREATE TRIGGER tr_users_delete AFTER DELETE ON users
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_role_assignments_insert AFTER INSERT ON role_assignments
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER tr_role_assignments_update AFTER UPDATE ON role_assignments
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER tr_role_assignments_delete AFTER DELETE ON role_assignments
  FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
