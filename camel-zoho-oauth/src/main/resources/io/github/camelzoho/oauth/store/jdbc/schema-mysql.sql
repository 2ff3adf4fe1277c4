-- Token store of camel-zoho-oauth (JdbcTokenStore) for MariaDB and MySQL (InnoDB).
-- The store creates these tables itself on first use when the database user may; otherwise run this once.
-- With tokenStoreTable=<name>, replace zoho_oauth_token by <name> (the second table is <name>_pending).
-- Instants are epoch milliseconds (BIGINT): no time-zone setting matters.

-- One row per account: the grant, its compare-and-set version, the refresh lease and the token-request budget.
CREATE TABLE IF NOT EXISTS zoho_oauth_token (
  account                 VARCHAR(200)  NOT NULL PRIMARY KEY, -- the zoho-oauth account name
  refresh_token           VARCHAR(2000),                      -- zenc1:... when tokenEncryptionKey is set
  access_token            VARCHAR(2000),                      -- zenc1:... when tokenEncryptionKey is set
  access_token_expires_at BIGINT,
  api_domain              VARCHAR(255),
  accounts_server         VARCHAR(255),                       -- refreshes go to the server that issued the grant
  scope                   VARCHAR(2000),
  last_refresh_at         BIGINT,
  version                 BIGINT        NOT NULL,             -- +1 on every write; 0 = no grant stored
  lease_owner             VARCHAR(64),                        -- the node refreshing now, or NULL
  lease_until             BIGINT,                             -- the lease ends then even if its node died
  budget_window           VARCHAR(1000) NOT NULL              -- epoch millis of recent token requests, comma separated
) ENGINE=InnoDB;

-- Consent requests waiting for their callback (single use), keyed by the SHA-256 (hex) of the state value.
CREATE TABLE IF NOT EXISTS zoho_oauth_token_pending (
  state_hash   CHAR(64)      NOT NULL PRIMARY KEY,
  account      VARCHAR(200)  NOT NULL,
  redirect_uri VARCHAR(2000),
  expires_at   BIGINT        NOT NULL
) ENGINE=InnoDB;
