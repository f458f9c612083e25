-- Notifications requested per hour and channel (Discord DM or channel, email).
CREATE TABLE notification_hours (
    community_id varchar(128) NOT NULL,
    hour         timestamptz  NOT NULL,
    channel      varchar(32)  NOT NULL,
    requested    bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (community_id, hour, channel)
);
