-- Aggregates are kept per UTC hour, so any whole-hour time zone can be asked for at read time, and a late
-- event lands in the hour it happened, whenever it arrives.

-- Activity and points per member per hour: active members, heatmaps, retention.
CREATE TABLE member_hours (
    community_id varchar(128) NOT NULL,
    hour         timestamptz  NOT NULL,
    member_id    varchar(128) NOT NULL,
    events       bigint       NOT NULL DEFAULT 0,
    points       bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (community_id, hour, member_id)
);
CREATE INDEX member_hours_member ON member_hours (community_id, member_id, hour);

-- Per action per hour: top actions and what each earned.
CREATE TABLE action_hours (
    community_id varchar(128) NOT NULL,
    hour         timestamptz  NOT NULL,
    action       varchar(128) NOT NULL,
    events       bigint       NOT NULL DEFAULT 0,
    points       bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (community_id, hour, action)
);

-- Points in and out per hour.
CREATE TABLE points_hours (
    community_id varchar(128) NOT NULL,
    hour         timestamptz  NOT NULL,
    issued       bigint       NOT NULL DEFAULT 0,
    deducted     bigint       NOT NULL DEFAULT 0,
    redeemed     bigint       NOT NULL DEFAULT 0,
    refunded     bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (community_id, hour)
);

-- Each member's firsts and last: funnels, cohorts, new vs returning, members at risk.
CREATE TABLE member_milestones (
    community_id        varchar(128) NOT NULL,
    member_id           varchar(128) NOT NULL,
    first_seen_at       timestamptz  NOT NULL,
    first_activity_at   timestamptz,
    first_points_at     timestamptz,
    first_submission_at timestamptz,
    first_redemption_at timestamptz,
    last_activity_at    timestamptz,
    PRIMARY KEY (community_id, member_id)
);

-- The ledger as events told it, for exports (points-service keeps the authoritative one).
CREATE TABLE ledger_rows (
    event_id     uuid         PRIMARY KEY,
    community_id varchar(128) NOT NULL,
    member_id    varchar(128) NOT NULL,
    kind         varchar(16)  NOT NULL,
    points       bigint       NOT NULL,
    balance      bigint       NOT NULL,
    action       varchar(128),
    reason       varchar(1000),
    occurred_at  timestamptz  NOT NULL
);
CREATE INDEX ledger_rows_community ON ledger_rows (community_id, occurred_at, event_id);
