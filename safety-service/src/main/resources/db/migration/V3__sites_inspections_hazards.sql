-- Inspectable places (检查对象): restaurants, venues, malls, high-rise buildings, gas users, schools.
-- A venue (网吧, 娱乐场所) is a site of that kind and carries its licence and fire approval.
create table site (
    id                     uuid          primary key,
    kind                   varchar(30)   not null,
    name                   varchar(200)  not null,
    address                varchar(300)  not null,
    grid_code              char(15),
    credit_code            char(18)      unique,
    owner_name             varchar(100),
    responsible_person     varchar(100),
    responsible_phone      varchar(20),
    licence_no             varchar(60),
    licence_valid_until    date,
    terminals              integer,
    capacity               integer,
    fire_approval_no       varchar(60),
    -- On the gas-safety roster (燃气安全检查名单): catering, gas users, and every unit economy announces.
    gas_roster             boolean       not null default false,
    -- The economy unit it came from (source:unitId of economy.unit.registered), one site per unit.
    economy_unit_ref       varchar(80)   unique,
    created_at             timestamptz   not null,
    version                bigint        not null default 0
);
create index site_kind on site (kind);
create index site_grid_code on site (grid_code);

-- 专项检查: a planned round of inspections over a roster of sites.
create table inspection_round (
    id          uuid          primary key,
    name        varchar(200)  not null,
    domain      varchar(30)   not null,
    starts_on   date          not null,
    ends_on     date          not null,
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);
create table inspection_round_site (
    round_id  uuid  not null references inspection_round (id),
    site_id   uuid  not null references site (id),
    primary key (round_id, site_id)
);

-- One check of one site: who, when, which domains; each finding became a hazard.
create table inspection (
    id            uuid          primary key,
    site_id       uuid          not null references site (id),
    round_id      uuid          references inspection_round (id),
    inspected_on  date          not null,
    domains       varchar(30)[] not null,
    inspectors    varchar(100)[] not null,
    note          varchar(2000),
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null
);
create index inspection_site on inspection (site_id);
create index inspection_round_id on inspection (round_id);

-- 隐患: found by an inspection, rectified by the responsible party, closed after a re-inspection.
create table hazard (
    id                    uuid           primary key,
    inspection_id         uuid           references inspection (id),
    site_id               uuid           not null references site (id),
    domain                varchar(30)    not null,
    severity              varchar(10)    not null,
    description           varchar(2000)  not null,
    legal_basis           varchar(500)   not null,
    responsible_party     varchar(200)   not null,
    status                varchar(30)    not null,
    found_on              date           not null,
    original_deadline     date           not null,
    deadline              date           not null,
    rectification_note    varchar(2000),
    rectified_by          varchar(100),
    rectified_at          timestamptz,
    verified_by           varchar(100),
    closed_on             date,
    closure_reason        varchar(500),
    extension_until       date,
    extension_reason      varchar(500),
    extension_requested_by varchar(100),
    extension_status      varchar(20),
    escalated_at          timestamptz,
    escalation_reason     varchar(20),
    version               bigint         not null default 0
);
create index hazard_status_deadline on hazard (status, deadline);
create index hazard_site on hazard (site_id);
create index hazard_found_on on hazard (found_on);
