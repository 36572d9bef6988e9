-- Fixed-asset investment projects (固投项目) with monthly declared investment, and investment attraction
-- (招商引资): signing ceremonies, signed projects, domestic-capital projects (利用内资). Money in 万元.
create table investment_project (
    id                uuid          primary key,
    name              varchar(200)  not null,
    total_investment  numeric(20,4) not null,
    start_date        date          not null,
    status            varchar(30)   not null,
    registered_at     timestamptz   not null,
    registered_by     varchar(100)  not null,
    version           bigint        not null default 0
);

create table investment_declaration (
    project_id  uuid          not null references investment_project (id),
    year        integer       not null,
    month       integer       not null check (month between 1 and 12),
    amount      numeric(20,4) not null,
    primary key (project_id, year, month)
);

create table signing_ceremony (
    id         uuid          primary key,
    held_on    date          not null,
    venue      varchar(200)  not null,
    kind       varchar(40)   not null,
    title      varchar(200)
);

create table signed_project (
    id                  uuid          primary key,
    ceremony_id         uuid          references signing_ceremony (id),
    name                varchar(200)  not null,
    investor            varchar(200)  not null,
    credit_code         char(18),
    registered_capital  numeric(20,4) not null,
    industry_code       varchar(4),
    signed_on           date          not null
);

create table domestic_capital_project (
    id                uuid          primary key,
    name              varchar(200)  not null,
    investor          varchar(200)  not null,
    total_investment  numeric(20,4) not null,
    industry_code     varchar(4),
    signed_on         date          not null
);
