-- 五经普 (fifth economic census) unit records exchanged with the census platform, and the import jobs.
create table census_unit (
    id                bigserial     primary key,
    record_type       smallint      not null check (record_type in (1, 2, 3)),
    -- the upsert key with record_type: the census register code, or the credit code when there is none
    unit_key          varchar(40)   not null,
    register_code     varchar(30),
    credit_code       char(18),
    name              varchar(200)  not null,
    industry_code     varchar(4)    not null,
    division_code     varchar(12),
    grid_code         char(15),
    address           varchar(300),
    licensed          boolean       not null,
    digital_economy   boolean       not null,
    large_individual  boolean       not null,
    revenue           numeric(20,4),            -- 万元
    employees         integer,
    import_id         uuid,
    updated_at        timestamptz   not null,
    unique (record_type, unit_key)
);

create table census_import (
    id               uuid          primary key,
    idempotency_key  varchar(100)  unique,
    status           varchar(20)   not null,
    file_name        varchar(200),
    charset          varchar(20)   not null,
    rows_read        integer       not null default 0,
    rows_accepted    integer       not null default 0,
    rows_rejected    integer       not null default 0,
    rows_inserted    integer       not null default 0,
    rows_updated     integer       not null default 0,
    rows_unchanged   integer       not null default 0,
    events_published integer       not null default 0,
    error            varchar(2000),
    started_at       timestamptz   not null,
    finished_at      timestamptz,
    started_by       varchar(100)  not null
);

-- Rejected rows with the reason; at most 1000 are kept per import (rows_rejected counts them all).
create table census_import_rejection (
    import_id  uuid          not null references census_import (id),
    line_no    bigint        not null,
    reason     varchar(1000) not null,
    raw        varchar(1000),
    primary key (import_id, line_no)
);
