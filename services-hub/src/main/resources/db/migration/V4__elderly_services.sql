-- Registered elderly residents with the consent they gave, canteen meals per day, activities.
create table elderly_resident (
    id                   uuid          primary key,
    name                 varchar(100)  not null,
    resident_id          char(18)      not null unique,
    phone                varchar(20),
    birth_date           date          not null,
    building_id          uuid          references building (id),
    grid_code            char(15)      not null references grid (code),
    address              varchar(300),
    -- 知情同意: what the resident agreed to, when, and who recorded it.
    consent_scope        varchar(300)  not null,
    consent_given_on     date          not null,
    consent_recorded_by  varchar(100)  not null,
    created_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index elderly_resident_grid on elderly_resident (grid_code);

create table canteen_meal_day (
    id                uuid         primary key,
    service_point_id  uuid         not null references service_point (id),
    day               date         not null,
    meals             integer      not null,
    recorded_by       varchar(100) not null,
    recorded_at       timestamptz  not null,
    version           bigint       not null default 0,
    unique (service_point_id, day)
);

create table elderly_activity (
    id                uuid          primary key,
    kind              varchar(30)   not null,
    title             varchar(200)  not null,
    held_on           date          not null,
    place             varchar(200)  not null,
    service_point_id  uuid          references service_point (id),
    participants      integer       not null,
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null
);
create index elderly_activity_held_on on elderly_activity (held_on);
