-- Disputes (诉求 / 矛盾纠纷) and the per-year counter behind their readable case numbers.
create table case_number_counter (
    year     integer primary key,
    last_no  integer not null
);

create table dispute (
    id                 uuid         primary key,
    case_no            varchar(20)  not null unique,
    channel            varchar(40)  not null,
    category           varchar(40)  not null,
    summary            varchar(2000) not null,
    address            varchar(300),
    grid_code          char(15),
    illegal_structure  boolean      not null default false,
    urgency            varchar(20)  not null,
    status             varchar(20)  not null,
    occurred_at        timestamptz,
    registered_at      timestamptz  not null,
    registered_by      varchar(100) not null,
    version            bigint       not null default 0
);
create index dispute_status on dispute (status);
create index dispute_registered_at on dispute (registered_at);
