-- The reward catalog of each community, with its inventory: reserved units count against stock at once,
-- so a reward can never be promised more often than it exists.
CREATE TABLE rewards (
    community_id     VARCHAR(128)  NOT NULL,
    reward_key       VARCHAR(128)  NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    cost             BIGINT        NOT NULL CHECK (cost > 0),
    stock            INT           CHECK (stock >= 0),
    reserved         INT           NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    per_member_limit INT           CHECK (per_member_limit > 0),
    available_from   TIMESTAMPTZ,
    available_until  TIMESTAMPTZ,
    min_level        INT           NOT NULL DEFAULT 0 CHECK (min_level >= 0),
    required_badge   VARCHAR(128),
    visible          BOOLEAN       NOT NULL DEFAULT true,
    image_url        VARCHAR(2000),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (community_id, reward_key),
    CHECK (stock IS NULL OR reserved <= stock),
    CHECK (available_from IS NULL OR available_until IS NULL OR available_until > available_from)
);
