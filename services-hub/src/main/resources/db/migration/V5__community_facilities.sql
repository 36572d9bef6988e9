-- Community facilities per compound (EV charging pile sites, EV sheds) and other works answering residents'
-- requests, each naming the case number of the request it answers.
create table facility (
    id               uuid          primary key,
    type             varchar(30)   not null,
    name             varchar(200)  not null,
    compound_id      uuid          not null references residential_compound (id),
    status           varchar(30)   not null,
    installed_on     date,
    capacity         integer       not null,
    created_at       timestamptz   not null,
    version          bigint        not null default 0
);
create index facility_type on facility (type, installed_on);
create index facility_compound on facility (compound_id);

create table community_work (
    id                uuid          primary key,
    kind              varchar(30)   not null,
    description       varchar(500)  not null,
    community_code    char(12)      not null references community (code),
    compound_id       uuid          references residential_compound (id),
    request_case_no   varchar(40)   not null,
    completed_on      date          not null,
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null
);
create index community_work_case on community_work (request_case_no);
