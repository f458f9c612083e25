-- One row per redemption, moving REQUESTED → DEBITED → FULFILLED, or → REJECTED with the reason.
CREATE TABLE redemptions (
    id              UUID          PRIMARY KEY,
    community_id    VARCHAR(128)  NOT NULL,
    member_id       VARCHAR(128)  NOT NULL,
    reward_key      VARCHAR(128)  NOT NULL,
    cost            BIGINT        NOT NULL CHECK (cost > 0),
    status          VARCHAR(20)   NOT NULL CHECK (status IN ('REQUESTED', 'DEBITED', 'PENDING_APPROVAL',
                                                             'FULFILLED', 'REJECTED')),
    idempotency_key VARCHAR(200)  NOT NULL,
    reason          VARCHAR(1000),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    FOREIGN KEY (community_id, reward_key) REFERENCES rewards,
    UNIQUE (community_id, member_id, idempotency_key)
);
CREATE INDEX redemptions_member ON redemptions (community_id, member_id, created_at);
CREATE INDEX redemptions_open ON redemptions (status, updated_at);
