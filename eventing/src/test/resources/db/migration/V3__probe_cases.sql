-- Test-only: a record with a lifecycle, for LifecycleSteps, and a table an idempotent creation writes.
create table probe_case (
    id       uuid         primary key,
    state    varchar(20)  not null,
    closed_by varchar(200),
    version  bigint       not null default 0
);
create table probe_creation (
    id       uuid         primary key,
    name     varchar(100) not null
);
