-- Partner systems that send activity for a community, with the secret their webhooks are signed with.
CREATE TABLE partners (
    id           varchar(64)  PRIMARY KEY,
    community_id varchar(128) NOT NULL,
    name         varchar(200) NOT NULL,
    provider     varchar(32)  NOT NULL,
    secret       varchar(200) NOT NULL,
    active       boolean      NOT NULL DEFAULT true,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX partners_community ON partners (community_id);

-- Which EngageHub member a partner's own user id stands for.
CREATE TABLE partner_members (
    partner_id  varchar(64)  NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    external_id varchar(256) NOT NULL,
    member_id   varchar(128) NOT NULL,
    PRIMARY KEY (partner_id, external_id)
);

-- Every accepted delivery, so a replay (same partner, same delivery id) is accepted once.
CREATE TABLE deliveries (
    source      varchar(64)  NOT NULL,
    delivery_id varchar(256) NOT NULL,
    event_id    uuid         NOT NULL,
    received_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (source, delivery_id)
);
