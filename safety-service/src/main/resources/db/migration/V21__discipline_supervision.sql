-- 作风建设: the discipline inspection work committee's registries.

-- 督查: a supervision check of a department, community or work item, and the rectification it required.
create table supervision_check (
    id                       uuid          primary key,
    checked_on               date          not null,
    subject                  varchar(200)  not null,
    subject_kind             varchar(20)   not null,
    kind                     varchar(20)   not null,
    inspectors               varchar(500)  not null,
    findings                 varchar(4000) not null,
    status                   varchar(30)   not null,
    rectification_required   varchar(2000),
    rectification_deadline   date,
    rectification_note       varchar(2000),
    rectified_on             date,
    verified_on              date,
    verified_by              varchar(200),
    version                  bigint        not null default 0
);
create index supervision_check_list on supervision_check (checked_on, status, kind);
create index supervision_check_overdue on supervision_check (status, rectification_deadline);

-- 问责处理: a measure about a person concerned (a cadre or party member). The name and resident ID are Tink
-- AEAD ciphertexts bound to the row and field, as key persons' are; person_hash (a keyed hash of the resident
-- ID, or else of the name in the unit) says which measures concern the same person.
create table accountability_measure (
    id                     uuid          primary key,
    name_cipher            text          not null,
    resident_id_cipher     text,
    unit                   varchar(200)  not null,
    person_hash            varchar(128)  not null,
    measure                varchar(40)   not null,
    form                   varchar(10)   not null,
    decided_on             date          not null,
    reason                 varchar(2000) not null,
    supervision_check_id   uuid          references supervision_check (id),
    case_reference         varchar(100),
    decided_by             varchar(200)  not null,
    key_id                 bigint        not null,
    recorded_by            varchar(200)  not null,
    version                bigint        not null default 0
);
create index accountability_measure_list on accountability_measure (decided_on, measure);
create index accountability_measure_person on accountability_measure (person_hash);

-- 纪律检查建议书: a recommendation issued to a unit, with the answer due and the answer.
create table discipline_recommendation (
    id              uuid          primary key,
    number          varchar(50)   not null unique,
    unit            varchar(200)  not null,
    issued_on       date          not null,
    content         varchar(4000) not null,
    answer_due_on   date          not null,
    status          varchar(20)   not null,
    answer          varchar(4000),
    answered_on     date,
    version         bigint        not null default 0
);
create index discipline_recommendation_list on discipline_recommendation (issued_on, status);

-- 廉洁文化: works collected, reading corners (勤廉书屋) at services-hub's service points, study meetings.
create table integrity_work (
    id              uuid          primary key,
    kind            varchar(20)   not null,
    title           varchar(200)  not null,
    author          varchar(200)  not null,
    collected_on    date          not null
);
create index integrity_work_list on integrity_work (collected_on, kind);

create table reading_corner (
    id                   uuid          primary key,
    name                 varchar(200)  not null,
    service_point_code   varchar(40)   not null unique,
    opened_on            date          not null,
    books                integer
);

create table study_meeting (
    id           uuid          primary key,
    kind         varchar(30)   not null,
    held_on      date          not null,
    topic        varchar(200)  not null,
    attendance   integer       not null
);
create index study_meeting_list on study_meeting (held_on, kind);
