-- Who changed what, when and why: every admin and operator write, in the same transaction as the change.
CREATE TABLE audit_log (
    id           BIGSERIAL    PRIMARY KEY,
    community_id VARCHAR(128) NOT NULL,
    actor_id     VARCHAR(128) NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    subject      VARCHAR(256) NOT NULL,
    details      TEXT,
    at           TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_community ON audit_log (community_id, id);
