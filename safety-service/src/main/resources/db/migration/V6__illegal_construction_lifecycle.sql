-- Illegal-construction cases move through a lifecycle: reported (by a patrol or a complaint) → verified →
-- notice issued → demolished or legalised → closed. A case opened before this step is REPORTED.
alter table illegal_construction_case
    add column case_no           varchar(20),
    add column source            varchar(20)   not null default 'COMPLAINT',
    add column reported_by       varchar(100),
    add column structure_area_m2 numeric(10, 2),
    add column verified_at       timestamptz,
    add column notice_no         varchar(60),
    add column notice_issued_on  date,
    add column rectify_by        date,
    add column demolished_on     date,
    add column legalised_note    varchar(500),
    add column closed_on         date,
    add column closure_note      varchar(500);
update illegal_construction_case set status = 'REPORTED' where status = 'OPEN';
alter table illegal_construction_case alter column source drop default;
alter table illegal_construction_case alter column description type varchar(2000);

-- WJ-2023-00001: numbered per year, the counter row locked by the upsert that takes a number.
create table construction_case_counter (
    year     integer  primary key,
    last_no  integer  not null
);
with numbered as (
    select id, extract(year from opened_at at time zone 'Asia/Shanghai')::int as y,
           row_number() over (partition by extract(year from opened_at at time zone 'Asia/Shanghai')
                              order by opened_at, id) as n
    from illegal_construction_case)
update illegal_construction_case c set case_no = format('WJ-%s-%s', numbered.y, lpad(numbered.n::text, 5, '0'))
from numbered where numbered.id = c.id;
insert into construction_case_counter (year, last_no)
    select cast(substr(case_no, 4, 4) as integer), max(cast(substr(case_no, 9) as integer))
    from illegal_construction_case group by 1;
alter table illegal_construction_case alter column case_no set not null;
alter table illegal_construction_case add constraint illegal_construction_case_no unique (case_no);
create index illegal_construction_case_status on illegal_construction_case (status);
create index illegal_construction_case_demolished_on on illegal_construction_case (demolished_on);
