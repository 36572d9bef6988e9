-- 志愿服务队: the street's volunteer teams, their volunteers and the activities they held.
create table volunteer_team (
    id              uuid          primary key,
    name            varchar(200)  not null unique,
    community_code  char(12),
    leader_name     varchar(100),
    founded_on      date          not null,
    created_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index volunteer_team_founded_on on volunteer_team (founded_on);

create table volunteer (
    id          uuid          primary key,
    team_id     uuid          not null references volunteer_team (id),
    name        varchar(100)  not null,
    phone       varchar(20)   not null,
    joined_on   date          not null,
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);
create index volunteer_team_id on volunteer (team_id);

-- One activity of a team; when it helped settle a dispute it names the dispute's case number (TJ-2023-00001).
create table volunteer_activity (
    id               uuid           primary key,
    team_id          uuid           not null references volunteer_team (id),
    kind             varchar(30)    not null,
    title            varchar(200)   not null,
    held_on          date           not null,
    place            varchar(300),
    dispute_case_no  varchar(20),
    note             varchar(2000),
    recorded_by      varchar(100)   not null,
    recorded_at      timestamptz    not null
);
create index volunteer_activity_team_held on volunteer_activity (team_id, held_on);
create index volunteer_activity_held_on on volunteer_activity (held_on);
create index volunteer_activity_case_no on volunteer_activity (dispute_case_no);

-- The hours each volunteer served in an activity.
create table volunteer_activity_hours (
    activity_id   uuid          not null references volunteer_activity (id),
    volunteer_id  uuid          not null references volunteer (id),
    hours         numeric(5, 2) not null check (hours > 0),
    primary key (activity_id, volunteer_id)
);
create index volunteer_activity_hours_volunteer on volunteer_activity_hours (volunteer_id);
