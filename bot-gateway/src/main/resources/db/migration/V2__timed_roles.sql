-- Roles granted for a limited time (a redeemed perk "for 30 days"); removed by the sweep once expired.
CREATE TABLE timed_roles (
    guild_id   varchar(32) NOT NULL,
    user_id    varchar(32) NOT NULL,
    role_id    varchar(32) NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (guild_id, user_id, role_id)
);
CREATE INDEX timed_roles_due ON timed_roles (expires_at);
