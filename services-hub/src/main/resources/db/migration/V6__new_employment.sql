-- Stations serving new-employment workers (couriers, delivery riders) and their visits.
create table new_employment_station (
    id               uuid          primary key,
    name             varchar(200)  not null,
    community_code   char(12)      references community (code),
    address          varchar(300)  not null,
    service_point_id uuid          references service_point (id),
    services         jsonb         not null,
    created_at       timestamptz   not null,
    version          bigint        not null default 0
);

create table station_visit (
    id           uuid          primary key,
    station_id   uuid          not null references new_employment_station (id),
    visited_on   date          not null,
    worker_kind  varchar(30)   not null,
    visitors     integer       not null,
    recorded_by  varchar(100)  not null,
    created_at   timestamptz   not null
);
create index station_visit_station_day on station_visit (station_id, visited_on);
