-- Communities and the rules that decide what every action is worth in each.
CREATE TABLE communities (
    id                 VARCHAR(128) PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    time_zone          VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    -- XP from level L to L+1 = quadratic·L² + linear·L + base
    level_quadratic    INT          NOT NULL DEFAULT 5   CHECK (level_quadratic >= 0),
    level_linear       INT          NOT NULL DEFAULT 50  CHECK (level_linear >= 0),
    level_base         INT          NOT NULL DEFAULT 100 CHECK (level_base > 0),
    streak_grace_days  INT          NOT NULL DEFAULT 1   CHECK (streak_grace_days BETWEEN 0 AND 7),
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE action_rules (
    community_id     VARCHAR(128) NOT NULL REFERENCES communities ON DELETE CASCADE,
    action           VARCHAR(128) NOT NULL,
    min_points       INT          NOT NULL CHECK (min_points >= 0),
    max_points       INT          NOT NULL CHECK (max_points >= min_points AND max_points <= 100000),
    cooldown_seconds INT          NOT NULL DEFAULT 0 CHECK (cooldown_seconds BETWEEN 0 AND 604800),
    daily_cap        INT          CHECK (daily_cap > 0),
    enabled          BOOLEAN      NOT NULL DEFAULT true,
    PRIMARY KEY (community_id, action)
);

-- A role boost (role_id set), a time-boxed event such as double XP (starts_at/ends_at set), or both.
CREATE TABLE multipliers (
    id           UUID          PRIMARY KEY,
    community_id VARCHAR(128)  NOT NULL REFERENCES communities ON DELETE CASCADE,
    name         VARCHAR(200)  NOT NULL,
    factor       NUMERIC(6, 2) NOT NULL CHECK (factor > 0 AND factor <= 10),
    role_id      VARCHAR(128),
    starts_at    TIMESTAMPTZ,
    ends_at      TIMESTAMPTZ,
    CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX multipliers_community ON multipliers (community_id);

CREATE TABLE no_xp_targets (
    community_id VARCHAR(128) NOT NULL REFERENCES communities ON DELETE CASCADE,
    kind         VARCHAR(10)  NOT NULL CHECK (kind IN ('CHANNEL', 'ROLE')),
    target_id    VARCHAR(128) NOT NULL,
    PRIMARY KEY (community_id, kind, target_id)
);

CREATE TABLE level_role_rewards (
    community_id VARCHAR(128) NOT NULL REFERENCES communities ON DELETE CASCADE,
    level        INT          NOT NULL CHECK (level > 0),
    role_id      VARCHAR(128) NOT NULL,
    PRIMARY KEY (community_id, level)
);

-- Roles or cohorts that get their own leaderboards.
CREATE TABLE leaderboard_segments (
    community_id VARCHAR(128) NOT NULL REFERENCES communities ON DELETE CASCADE,
    role_id      VARCHAR(128) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    PRIMARY KEY (community_id, role_id)
);

-- Per member and action: the cooldown clock, today's capped total, and a lifetime count for goals.
CREATE TABLE member_action_usage (
    community_id    VARCHAR(128) NOT NULL,
    member_id       VARCHAR(128) NOT NULL,
    action          VARCHAR(128) NOT NULL,
    last_awarded_at TIMESTAMPTZ,
    day             DATE         NOT NULL,
    day_points      BIGINT       NOT NULL DEFAULT 0,
    total_count     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (community_id, member_id, action)
);

ALTER TABLE member_points ADD COLUMN leaderboard_opt_out BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE ledger_entries ADD COLUMN actor_id VARCHAR(128);
ALTER TABLE ledger_entries ADD COLUMN segments VARCHAR(128)[];
