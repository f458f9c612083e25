-- Where members want email, and every email sent (what, to whom, for which event).
CREATE TABLE member_contacts (
    community_id varchar(128) NOT NULL,
    member_id    varchar(128) NOT NULL,
    email        varchar(320) NOT NULL,
    wants_email  boolean      NOT NULL DEFAULT true,
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (community_id, member_id)
);

CREATE TABLE email_log (
    id           bigserial    PRIMARY KEY,
    community_id varchar(128) NOT NULL,
    member_id    varchar(128),
    recipient    varchar(320) NOT NULL,
    template     varchar(64)  NOT NULL,
    subject      varchar(300) NOT NULL,
    event_id     uuid,
    sent_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX email_log_community ON email_log (community_id, id);
