-- Test-only: a tally that an inbound event increments, so a double application would show.
create table probe_tally (
    name     varchar(100) primary key,
    applied  integer not null default 0
);
