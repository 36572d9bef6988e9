-- Service points (服务阵地) with their opening hours per weekday, and the shifts of their duty roster.
create table service_point (
    id                uuid           primary key,
    type              varchar(40)    not null,
    name              varchar(200)   not null,
    community_code    char(12)       references community (code),
    address           varchar(300)   not null,
    latitude          numeric(9, 6)  not null,
    longitude         numeric(9, 6)  not null,
    -- [{"dayOfWeek": "MONDAY", "opens": "08:30", "closes": "12:00"}, ...]; extended hours are more intervals.
    opening_hours     jsonb          not null,
    services          jsonb          not null,
    staff_required    integer        not null default 1,
    created_at        timestamptz    not null,
    version           bigint         not null default 0
);
create index service_point_type on service_point (type);
create index service_point_community on service_point (community_code);

create table shift (
    id                uuid          primary key,
    service_point_id  uuid          not null references service_point (id),
    day               date          not null,
    starts_at         time          not null,
    ends_at           time          not null,
    staff             jsonb         not null,
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null
);
create index shift_point_day on shift (service_point_id, day);
