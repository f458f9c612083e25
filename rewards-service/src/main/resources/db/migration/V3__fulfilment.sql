-- Eligibility and fulfilment details of rewards.
ALTER TABLE rewards
    ADD COLUMN required_role      VARCHAR(128),
    ADD COLUMN role_id            VARCHAR(128),
    ADD COLUMN role_duration_days INT CHECK (role_duration_days > 0),
    ADD COLUMN instructions       VARCHAR(1000),
    ADD COLUMN requires_approval  BOOLEAN NOT NULL DEFAULT false;

-- Discount-code pools: a code belongs to at most one redemption, and a redemption gets at most one code.
-- A DISCOUNT_CODE reward's stock is the number of codes uploaded, so a reserved unit always has its code.
CREATE TABLE reward_codes (
    id            BIGSERIAL    PRIMARY KEY,
    community_id  VARCHAR(128) NOT NULL,
    reward_key    VARCHAR(128) NOT NULL,
    code          VARCHAR(200) NOT NULL,
    redemption_id UUID         UNIQUE REFERENCES redemptions,
    uploaded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    handed_out_at TIMESTAMPTZ,
    FOREIGN KEY (community_id, reward_key) REFERENCES rewards,
    UNIQUE (community_id, reward_key, code)
);
CREATE INDEX reward_codes_free ON reward_codes (community_id, reward_key, id) WHERE redemption_id IS NULL;

-- Redemptions no longer rest in DEBITED (fulfilment happens in the same transaction); merch adds APPROVED.
ALTER TABLE redemptions DROP CONSTRAINT redemptions_status_check;
ALTER TABLE redemptions
    ADD CONSTRAINT redemptions_status_check
        CHECK (status IN ('REQUESTED', 'PENDING_APPROVAL', 'APPROVED', 'FULFILLED', 'REJECTED')),
    ADD COLUMN code            VARCHAR(200),
    ADD COLUMN shipping        JSONB,
    ADD COLUMN shipping_status VARCHAR(500),
    ADD COLUMN reviewed_by     VARCHAR(128);
