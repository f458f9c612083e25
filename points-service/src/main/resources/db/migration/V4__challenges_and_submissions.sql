CREATE TABLE challenges (
    community_id     VARCHAR(128) NOT NULL REFERENCES communities ON DELETE CASCADE,
    challenge_key    VARCHAR(128) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    goal_kind        VARCHAR(32)  NOT NULL CHECK (goal_kind IN ('ACTION_COUNT', 'POINTS_EARNED', 'APPROVED_SUBMISSIONS')),
    subject          VARCHAR(128),
    goal             BIGINT       NOT NULL CHECK (goal > 0),
    starts_at        TIMESTAMPTZ  NOT NULL,
    ends_at          TIMESTAMPTZ  NOT NULL CHECK (ends_at > starts_at),
    reward_points    BIGINT       NOT NULL DEFAULT 0 CHECK (reward_points >= 0),
    reward_badge_key VARCHAR(128),
    cohort_role_id   VARCHAR(128),
    community_wide   BOOLEAN      NOT NULL DEFAULT false,
    PRIMARY KEY (community_id, challenge_key)
);
CREATE INDEX challenges_active ON challenges (community_id, goal_kind, ends_at);

-- One row per member and challenge; a community-wide challenge also keeps its total under member '*'.
CREATE TABLE challenge_progress (
    community_id  VARCHAR(128) NOT NULL,
    challenge_key VARCHAR(128) NOT NULL,
    member_id     VARCHAR(128) NOT NULL,
    progress      BIGINT       NOT NULL CHECK (progress >= 0),
    completed_at  TIMESTAMPTZ,
    PRIMARY KEY (community_id, challenge_key, member_id),
    FOREIGN KEY (community_id, challenge_key) REFERENCES challenges ON DELETE CASCADE
);

CREATE TABLE submission_templates (
    community_id    VARCHAR(128) NOT NULL REFERENCES communities ON DELETE CASCADE,
    template_key    VARCHAR(128) NOT NULL,
    name            VARCHAR(200) NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    category        VARCHAR(16)  NOT NULL CHECK (category IN ('EVENTS', 'CONTENT', 'ADVOCACY', 'LEARNING')),
    points          INT          NOT NULL CHECK (points > 0 AND points <= 100000),
    evidence        VARCHAR(8)   NOT NULL CHECK (evidence IN ('URL', 'TEXT', 'EITHER')),
    max_per_member  INT          CHECK (max_per_member > 0),
    enabled         BOOLEAN      NOT NULL DEFAULT true,
    PRIMARY KEY (community_id, template_key)
);

CREATE TABLE submissions (
    id             UUID          PRIMARY KEY,
    community_id   VARCHAR(128)  NOT NULL,
    member_id      VARCHAR(128)  NOT NULL,
    template_key   VARCHAR(128)  NOT NULL,
    evidence_url   VARCHAR(2000),
    evidence_text  VARCHAR(4000),
    -- normalised evidence: the same claim twice is refused while the first is pending or approved
    claim_key      VARCHAR(2000) NOT NULL,
    status         VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    points         INT           NOT NULL,
    reviewer_id    VARCHAR(128),
    review_reason  VARCHAR(1000),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    reviewed_at    TIMESTAMPTZ,
    FOREIGN KEY (community_id, template_key) REFERENCES submission_templates
);
CREATE UNIQUE INDEX submissions_one_live_claim ON submissions (community_id, member_id, template_key, claim_key)
    WHERE status <> 'REJECTED';
CREATE INDEX submissions_queue ON submissions (community_id, status, created_at);
CREATE INDEX submissions_member ON submissions (community_id, member_id, created_at);
