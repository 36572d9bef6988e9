-- Economic indicators (reference data), annual targets, monthly values as reported, and their corrections.
create table indicator (
    code        varchar(60)  primary key,
    name        varchar(100) not null,
    unit        varchar(30)  not null,
    created_at  timestamptz  not null default now()
);

create table indicator_target (
    id              bigserial     primary key,
    indicator_code  varchar(60)   not null references indicator (code),
    year            integer       not null,
    value           numeric(20,4) not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    version         bigint        not null default 0,
    unique (indicator_code, year)
);

-- A month's figure exactly as reported (the month's own value or the January–N cumulative value);
-- both views are derived from the year's rows (MonthlyFigures), never stored twice.
create table indicator_value (
    id              bigserial     primary key,
    indicator_code  varchar(60)   not null references indicator (code),
    year            integer       not null,
    month           integer       not null check (month between 1 and 12),
    basis           varchar(20)   not null,
    value           numeric(20,4) not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    version         bigint        not null default 0,
    unique (indicator_code, year, month)
);

-- Every change of a target (month is null) or of a monthly value: who, when, old and new.
create table indicator_correction (
    id              bigserial     primary key,
    indicator_code  varchar(60)   not null references indicator (code),
    year            integer       not null,
    month           integer,
    old_basis       varchar(20),
    old_value       numeric(20,4) not null,
    new_basis       varchar(20),
    new_value       numeric(20,4) not null,
    changed_by      varchar(100)  not null,
    changed_at      timestamptz   not null
);
create index indicator_correction_period on indicator_correction (indicator_code, year, month);

insert into indicator (code, name, unit) values
    ('GENERAL_BUDGET_REVENUE', '一般预算收入', 'TEN_THOUSAND_YUAN'),
    ('ABOVE_QUOTA_WHOLESALE_SALES', '限上批发业销售额', 'HUNDRED_MILLION_YUAN'),
    ('ABOVE_QUOTA_RETAIL_SALES', '限上社会消费品零售总额', 'HUNDRED_MILLION_YUAN'),
    ('ABOVE_QUOTA_CATERING_SALES', '限上餐饮业销售额', 'HUNDRED_MILLION_YUAN'),
    ('FIXED_ASSET_INVESTMENT_DECLARED', '固投申报投资额', 'HUNDRED_MILLION_YUAN');
