-- The guilds the bot is in. A guild's community id is its own id; these are the bot's own settings for it.
CREATE TABLE discord_guilds (
    guild_id                varchar(32)  PRIMARY KEY,
    name                    varchar(200) NOT NULL,
    -- Hash of the command catalog last registered, so a restart re-registers only when commands changed.
    commands_version        varchar(64),
    announcement_channel_id varchar(32),
    admin_role_id           varchar(32),
    streak_reminders        boolean      NOT NULL DEFAULT false,
    last_reminders_on       date,
    joined_at               timestamptz  NOT NULL DEFAULT now()
);
