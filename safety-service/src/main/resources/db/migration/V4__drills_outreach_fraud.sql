-- 应急演练: date, kind, site, organiser, participants, scenario; a finding of a drill opens a hazard.
create table drill (
    id            uuid           primary key,
    held_on       date           not null,
    kind          varchar(20)    not null,
    site_id       uuid           references site (id),
    place         varchar(300),
    organiser     varchar(200)   not null,
    participants  integer        not null,
    scenario      varchar(2000)  not null,
    findings_note varchar(2000),
    recorded_by   varchar(100)   not null,
    recorded_at   timestamptz    not null
);
create index drill_held_on on drill (held_on);

-- A hazard is found by an inspection or by a drill, never by both.
alter table hazard add column drill_id uuid references drill (id);
alter table hazard add constraint hazard_found_by_one check ((inspection_id is null) <> (drill_id is null));

-- 宣传教育: anti-telecom-fraud publicity, legal education in schools, safety training.
create table outreach_event (
    id          uuid           primary key,
    held_on     date           not null,
    kind        varchar(30)    not null,
    topic       varchar(300)   not null,
    place       varchar(300)   not null,
    audience    varchar(300)   not null,
    attendance  integer        not null,
    site_id     uuid           references site (id),
    recorded_by varchar(100)   not null,
    recorded_at timestamptz    not null
);
create index outreach_event_held_on on outreach_event (held_on);

-- 电信网络诈骗案件: the police's monthly count of cases reported in the street.
create table telecom_fraud_month (
    month        char(7)       primary key,
    cases        integer       not null,
    reported_by  varchar(100)  not null,
    reported_at  timestamptz   not null,
    version      bigint        not null default 0
);
