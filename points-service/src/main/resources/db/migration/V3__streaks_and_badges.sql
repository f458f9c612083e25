CREATE TABLE member_streaks (
    community_id VARCHAR(128) NOT NULL,
    member_id    VARCHAR(128) NOT NULL,
    current_days INT          NOT NULL CHECK (current_days >= 0),
    longest_days INT          NOT NULL CHECK (longest_days >= current_days),
    last_day     DATE         NOT NULL,
    PRIMARY KEY (community_id, member_id)
);

CREATE TABLE badge_definitions (
    community_id VARCHAR(128) NOT NULL REFERENCES communities ON DELETE CASCADE,
    badge_key    VARCHAR(128) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    description  VARCHAR(500) NOT NULL,
    kind         VARCHAR(32)  NOT NULL CHECK (kind IN ('LEVEL', 'STREAK_DAYS', 'LIFETIME_XP', 'ACTION_COUNT',
                                                       'APPROVED_SUBMISSIONS', 'CHALLENGES_COMPLETED', 'MONTHLY_TOP',
                                                       'MANUAL')),
    threshold    BIGINT       NOT NULL CHECK (threshold > 0),
    subject      VARCHAR(128),
    PRIMARY KEY (community_id, badge_key)
);
CREATE INDEX badge_definitions_kind ON badge_definitions (community_id, kind, threshold);

CREATE TABLE member_badges (
    community_id VARCHAR(128) NOT NULL,
    member_id    VARCHAR(128) NOT NULL,
    badge_key    VARCHAR(128) NOT NULL,
    earned_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (community_id, member_id, badge_key)
);
