-- Core: organisations, users and roles, sessions, login throttling,
-- password reset tokens, the e-mail outbox and the audit log.
-- Times are UTC. Tables commented 'append-only' get only SELECT and
-- INSERT for the application's user (passend-migrate grants per table).

CREATE TABLE organisations (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type          ENUM('swv','deelverband','bestuur','school','extern') NOT NULL,
  name          VARCHAR(200) NOT NULL,
  bestuur_id    BIGINT UNSIGNED NULL,
  deelverband_id BIGINT UNSIGNED NULL,
  brin          CHAR(4) CHARACTER SET ascii NULL,
  vestiging     CHAR(2) CHARACTER SET ascii NULL,
  school_type   ENUM('bao','sbo','so','vso','vo','pro') NULL,
  inside_swv    TINYINT(1) NOT NULL DEFAULT 1,
  extern_kind   ENUM('gemeente','leerplicht','jeugdzorg','inspectie','overig') NULL,
  street        VARCHAR(200) NULL,
  postcode      VARCHAR(7) NULL,
  city          VARCHAR(100) NULL,
  email         VARCHAR(254) NULL,
  phone         VARCHAR(30) NULL,
  logo          MEDIUMBLOB NULL,
  logo_type     VARCHAR(20) NULL,
  active        TINYINT(1) NOT NULL DEFAULT 1,
  version       INT UNSIGNED NOT NULL DEFAULT 1,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_brin (brin, vestiging),
  KEY ix_type_name (type, name),
  CONSTRAINT fk_org_bestuur FOREIGN KEY (bestuur_id) REFERENCES organisations (id),
  CONSTRAINT fk_org_deelverband FOREIGN KEY (deelverband_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE users (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email         VARCHAR(254) NOT NULL,
  name          VARCHAR(200) NOT NULL,
  password_hash VARCHAR(128) CHARACTER SET ascii NULL,
  active        TINYINT(1) NOT NULL DEFAULT 1,
  demo          TINYINT(1) NOT NULL DEFAULT 0,
  totp_secret   VARBINARY(20) NULL,
  totp_enabled  TINYINT(1) NOT NULL DEFAULT 0,
  totp_last_step BIGINT NOT NULL DEFAULT 0,
  version       INT UNSIGNED NOT NULL DEFAULT 1,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE role_assignments (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id       BIGINT UNSIGNED NOT NULL,
  role          VARCHAR(20) CHARACTER SET ascii NOT NULL,
  org_id        BIGINT UNSIGNED NOT NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_assignment (user_id, role, org_id),
  CONSTRAINT fk_ra_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_ra_org FOREIGN KEY (org_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sessions (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash    BINARY(32) NOT NULL,
  user_id       BIGINT UNSIGNED NOT NULL,
  state         ENUM('code','enrol','full') NOT NULL,
  totp_pending  VARBINARY(20) NULL,
  ip            VARCHAR(45) CHARACTER SET ascii NOT NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  last_seen_at  DATETIME NOT NULL,
  UNIQUE KEY uq_token (token_hash),
  KEY ix_user (user_id),
  CONSTRAINT fk_session_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins per account (by hash of the e-mail typed, so unknown
-- addresses are throttled alike and none is stored) and per address.
CREATE TABLE login_failures (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email_hash    BINARY(32) NOT NULL,
  ip            VARCHAR(45) CHARACTER SET ascii NOT NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  KEY ix_email (email_hash, created_at),
  KEY ix_ip (ip, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE password_tokens (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash    BINARY(32) NOT NULL,
  user_id       BIGINT UNSIGNED NOT NULL,
  purpose       ENUM('reset','invite') NOT NULL,
  expires_at    DATETIME NOT NULL,
  used_at       DATETIME NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  UNIQUE KEY uq_token (token_hash),
  KEY ix_user (user_id),
  CONSTRAINT fk_pt_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outbox (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  to_addr       VARCHAR(254) NOT NULL,
  subject       VARCHAR(200) NOT NULL,
  body          MEDIUMTEXT NOT NULL,
  state         ENUM('queued','sent','dead') NOT NULL DEFAULT 'queued',
  attempts      INT UNSIGNED NOT NULL DEFAULT 0,
  next_attempt_at DATETIME NOT NULL,
  last_error    VARCHAR(200) NULL,
  sent_at       DATETIME NULL,
  created_at    DATETIME NOT NULL,
  updated_at    DATETIME NOT NULL,
  KEY ix_due (state, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at            DATETIME(6) NOT NULL,
  user_id       BIGINT UNSIGNED NULL,
  role          VARCHAR(20) CHARACTER SET ascii NULL,
  org_id        BIGINT UNSIGNED NULL,
  on_behalf_of  BIGINT UNSIGNED NULL,
  pupil_id      BIGINT UNSIGNED NULL,
  action        VARCHAR(40) CHARACTER SET ascii NOT NULL,
  object_type   VARCHAR(40) CHARACTER SET ascii NULL,
  object_id     BIGINT UNSIGNED NULL,
  field         VARCHAR(64) CHARACTER SET ascii NULL,
  old_value     TEXT NULL,
  new_value     TEXT NULL,
  ip            VARCHAR(45) CHARACTER SET ascii NULL,
  ref           CHAR(16) CHARACTER SET ascii NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_at (at),
  KEY ix_object (object_type, object_id),
  KEY ix_user (user_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='append-only';
