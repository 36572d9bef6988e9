-- The grid directory 街道—社区—网格—楼栋—党员户 and the party organisation in it.
-- Communities and grids are referred to by their codes: a community by its 12-digit code (统计用区划代码),
-- a grid by its 15-digit code, which begins with its community's.
create table community (
    code        char(12)      primary key,
    name        varchar(100)  not null,
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);

create table grid (
    code            char(15)      primary key,
    name            varchar(100)  not null,
    community_code  char(12)      not null references community (code),
    created_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index grid_community_code on grid (community_code);

create table building (
    id          uuid           primary key,
    grid_code   char(15)       not null references grid (code),
    name        varchar(100)   not null,
    address     varchar(300),
    latitude    numeric(9, 6),
    longitude   numeric(9, 6),
    households  integer,
    created_at  timestamptz    not null,
    version     bigint         not null default 0,
    unique (grid_code, name)
);

-- 党员户: a household of the building with party members in it.
create table party_member_household (
    id             uuid          primary key,
    building_id    uuid          not null references building (id),
    room           varchar(40)   not null,
    head_name      varchar(100)  not null,
    party_members  integer       not null,
    created_at     timestamptz   not null,
    version        bigint        not null default 0,
    unique (building_id, room)
);

-- 红色物业管理委员会: formed in a community, it may cover several compounds.
create table red_property_committee (
    id              uuid          primary key,
    name            varchar(200)  not null,
    community_code  char(12)      not null references community (code),
    formed_on       date          not null,
    created_at      timestamptz   not null,
    version         bigint        not null default 0
);

-- 小区: registered_on is the day it entered the directory, so the figures of a year count the compounds of
-- that year.
create table residential_compound (
    id                            uuid          primary key,
    name                          varchar(200)  not null,
    community_code                char(12)      not null references community (code),
    address                       varchar(300),
    property_company              varchar(200),
    red_property_committee_id     uuid          references red_property_committee (id),
    registered_on                 date          not null,
    created_at                    timestamptz   not null,
    version                       bigint        not null default 0
);
create index residential_compound_community on residential_compound (community_code);
create index residential_compound_committee on residential_compound (red_property_committee_id);

-- 网格党支部 / 党小组 with their grid.
create table party_branch (
    id          uuid          primary key,
    kind        varchar(20)   not null,
    name        varchar(200)  not null,
    grid_code   char(15)      not null references grid (code),
    secretary   varchar(100),
    members     integer,
    founded_on  date          not null,
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);
create index party_branch_grid on party_branch (grid_code);
