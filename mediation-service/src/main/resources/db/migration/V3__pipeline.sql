-- The 融调解 pipeline beyond registration: parties, lifecycle history, rooms and mediators, agreements,
-- follow-up visits, police referrals and major-dispute warning letters. Deadlines are not stored: they are
-- computed from received_at, accepted_at, extended_until and concluded_at.

create table mediator (
    id            uuid         primary key,
    name          varchar(100) not null,
    phone         varchar(20),
    specialities  varchar(400) not null default '',
    registered_at timestamptz  not null
);

create table mediation_room (
    id                uuid         primary key,
    name              varchar(100) not null unique,
    location          varchar(300),
    lead_mediator_id  uuid         references mediator (id),
    registered_at     timestamptz  not null
);

alter table dispute
    add column received_at               timestamptz,
    add column needs_classification      boolean      not null default false,
    add column referral_no               varchar(40),
    add column room_id                   uuid references mediation_room (id),
    add column mediator_id               uuid references mediator (id),
    add column accepted_at               timestamptz,
    add column extended_until            date,
    add column concluded_at              timestamptz,
    add column outcome                   varchar(20),
    add column conclusion_summary        varchar(2000),
    add column agreement_form            varchar(20),
    add column agreement_obligations     varchar(2000),
    add column agreement_performance     varchar(2000),
    add column judicial_confirmation     boolean      not null default false,
    add column failure_advice            varchar(30),
    add column escalated_to              varchar(200),
    add column withdrawn_at              timestamptz,
    add column closed_at                 timestamptz;
update dispute set received_at = registered_at where received_at is null;
alter table dispute alter column received_at set not null;
create index dispute_received_at on dispute (received_at);
create index dispute_open_by_mediator on dispute (mediator_id) where status = 'ACCEPTED';

create table dispute_party (
    id           uuid         primary key,
    dispute_id   uuid         not null references dispute (id),
    position     integer      not null,
    role         varchar(20)  not null,
    name         varchar(100) not null,
    phone        varchar(20),
    resident_id  char(18)
);
create index dispute_party_dispute on dispute_party (dispute_id);

-- Every step of a dispute's life: who, when, from which status to which, and why.
create table dispute_step (
    id           bigserial    primary key,
    dispute_id   uuid         not null references dispute (id),
    action       varchar(30)  not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    actor        varchar(100) not null,
    at           timestamptz  not null,
    note         varchar(2000)
);
create index dispute_step_dispute on dispute_step (dispute_id, id);

create table follow_up_visit (
    id                   uuid         primary key,
    dispute_id           uuid         not null references dispute (id),
    visited_at           timestamptz  not null,
    visitor              varchar(100) not null,
    satisfaction         integer      not null check (satisfaction between 1 and 5),
    agreement_performed  boolean      not null,
    note                 varchar(2000)
);
create index follow_up_visit_dispute on follow_up_visit (dispute_id);

-- A police referral (派出所流转): unique on the police's referral number, whichever way it arrived.
create table police_referral (
    referral_no      varchar(40)  primary key,
    police_station   varchar(100) not null,
    referred_at      timestamptz  not null,
    received_at      timestamptz  not null,
    received_via     varchar(10)  not null,
    reported_category varchar(60),
    dispute_id       uuid         references dispute (id),
    event_id         varchar(200),
    idempotency_key  varchar(200) unique,
    request_hash     char(64)
);
create unique index police_referral_dispute on police_referral (dispute_id);

-- 重大矛盾纠纷预警提示函.
create table warning_letter (
    id               uuid         primary key,
    letter_no        varchar(60),
    issuer           varchar(200) not null,
    issued_on        date         not null,
    subject          varchar(2000) not null,
    response_due     date         not null,
    registered_at    timestamptz  not null,
    registered_by    varchar(100) not null,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(100),
    responded_at     timestamptz,
    responded_by     varchar(100),
    response         varchar(4000),
    version          bigint       not null default 0
);
create index warning_letter_issued_on on warning_letter (issued_on);

create table warning_letter_dispute (
    letter_id   uuid not null references warning_letter (id),
    dispute_id  uuid not null references dispute (id),
    primary key (letter_id, dispute_id)
);
