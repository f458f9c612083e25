-- Challenges, redemptions and submissions, one row each, for completion, redemption and review reports and exports.
CREATE TABLE challenge_members (
    community_id varchar(128) NOT NULL,
    challenge_id varchar(128) NOT NULL,
    member_id    varchar(128) NOT NULL,
    progress     bigint       NOT NULL DEFAULT 0,
    goal         bigint,
    completed_at timestamptz,
    PRIMARY KEY (community_id, challenge_id, member_id)
);

CREATE TABLE challenge_names (
    community_id varchar(128) NOT NULL,
    challenge_id varchar(128) NOT NULL,
    name         varchar(200) NOT NULL,
    PRIMARY KEY (community_id, challenge_id)
);

CREATE TABLE redemption_rows (
    redemption_id uuid         PRIMARY KEY,
    community_id  varchar(128) NOT NULL,
    member_id     varchar(128) NOT NULL,
    reward_id     varchar(128) NOT NULL,
    reward_name   varchar(200),
    cost          bigint,
    status        varchar(16)  NOT NULL,
    requested_at  timestamptz,
    settled_at    timestamptz
);
CREATE INDEX redemption_rows_community ON redemption_rows (community_id, requested_at);

CREATE TABLE submission_rows (
    submission_id uuid         PRIMARY KEY,
    community_id  varchar(128) NOT NULL,
    member_id     varchar(128) NOT NULL,
    template_key  varchar(128) NOT NULL,
    created_at    timestamptz,
    reviewed_at   timestamptz,
    decision      varchar(16),
    points        bigint
);
CREATE INDEX submission_rows_community ON submission_rows (community_id, created_at);

-- Which segments (roles, cohorts) a member earned in, for segment filters.
CREATE TABLE member_segments (
    community_id varchar(128) NOT NULL,
    segment      varchar(128) NOT NULL,
    member_id    varchar(128) NOT NULL,
    PRIMARY KEY (community_id, segment, member_id)
);
