-- Illegal-construction enforcement cases (违章建筑). A case opened from a resident complaint in mediation
-- keeps the dispute's id: one case per complaint, however often the event is delivered.
create table illegal_construction_case (
    id                  uuid         primary key,
    source_dispute_id   uuid         unique,
    source_case_no      varchar(20),
    address             varchar(300),
    grid_code           char(15),
    description         varchar(2000) not null,
    status              varchar(20)  not null,
    demolished_area_m2  numeric(10, 2),
    opened_at           timestamptz  not null,
    version             bigint       not null default 0
);
create index illegal_construction_case_opened_at on illegal_construction_case (opened_at);
