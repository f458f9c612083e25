-- Shared by every service (service-kit). Service migrations start at V1.

-- Events waiting to be published; written in the same transaction as the change they announce.
CREATE TABLE outbox (
    id          BIGSERIAL    PRIMARY KEY,
    event_id    UUID         NOT NULL,
    topic       VARCHAR(200) NOT NULL,
    record_key  VARCHAR(300) NOT NULL,
    event_type  VARCHAR(100) NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Which events each consumer has already applied, so a redelivery changes nothing.
CREATE TABLE processed_events (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
