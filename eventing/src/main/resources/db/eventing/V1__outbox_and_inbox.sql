-- The transactional outbox: an event row commits with the state change that caused it; the relay sends it
-- to Kafka afterwards, in seq order, and stamps sent_at. Rows are kept for a while for tracing.
create table outbox_event (
    id            uuid         primary key,
    seq           bigserial    not null unique,
    topic         varchar(200) not null,
    message_key   varchar(200) not null,
    event_type    varchar(200) not null,
    payload       jsonb        not null,
    created_at    timestamptz  not null default now(),
    sent_at       timestamptz,
    attempts      integer      not null default 0,
    last_error    varchar(1000)
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

-- The inbox: each consumed event id, recorded in the same transaction as its effect, so that a redelivered
-- event changes nothing.
create table inbox_event (
    consumer      varchar(200) not null,
    event_id      varchar(200) not null,
    event_type    varchar(200),
    handled_at    timestamptz  not null default now(),
    primary key (consumer, event_id)
);
