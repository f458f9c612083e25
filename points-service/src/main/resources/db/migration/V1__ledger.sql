-- The points ledger: append-only, one row per award, debit, refund or adjustment.
CREATE TABLE ledger_entries (
    id              BIGSERIAL    PRIMARY KEY,
    community_id    VARCHAR(128) NOT NULL,
    member_id       VARCHAR(128) NOT NULL,
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('AWARD', 'DEBIT', 'REFUND', 'ADJUSTMENT')),
    points          BIGINT       NOT NULL CHECK (points <> 0),
    action          VARCHAR(128) NOT NULL,
    source_event_id UUID         NOT NULL UNIQUE,
    reason          VARCHAR(500),
    occurred_at     TIMESTAMPTZ  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX ledger_entries_member ON ledger_entries (community_id, member_id, id);

-- Balances derived from the ledger, updated in the same transaction as each entry.
CREATE TABLE member_points (
    community_id VARCHAR(128) NOT NULL,
    member_id    VARCHAR(128) NOT NULL,
    balance      BIGINT       NOT NULL CHECK (balance >= 0),
    lifetime_xp  BIGINT       NOT NULL CHECK (lifetime_xp >= 0),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (community_id, member_id)
);
