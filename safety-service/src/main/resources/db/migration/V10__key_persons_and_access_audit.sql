-- 重点人员: sensitive personal information (PIPL art. 28). Every personal field is a Tink AEAD ciphertext
-- (base64) whose associated data is the row's id and the field's name; key_id is the keyset key that wrote the
-- row, so re-encryption finds the rows under an older key. resident_id_hash is a keyed hash (Tink PRF) for
-- search. After erasure the personal columns are null; category, grid, risk and dates stay for the counts.
create table key_person (
    id                     uuid         primary key,
    category               varchar(40)  not null,
    status                 varchar(40)  not null,
    name_cipher            text,
    resident_id_cipher     text,
    resident_id_hash       varchar(128),
    phone_cipher           text,
    address_cipher         text,
    grid_code              varchar(15)  not null,
    risk_level             varchar(20)  not null,
    responsible_officer    varchar(100) not null,
    guardian_name_cipher   text,
    guardian_phone_cipher  text,
    guardian_relation      varchar(50),
    term_start             date,
    term_end               date,
    supervision_level      varchar(40),
    control_status         varchar(40),
    registered_on          date         not null,
    closed_on              date,
    closure_reason         varchar(40),
    closure_note           varchar(500),
    erased_on              date,
    key_id                 bigint,
    version                bigint       not null default 0
);
create index key_person_list on key_person (category, grid_code, status, risk_level);
create index key_person_resident on key_person (resident_id_hash);
create index key_person_key on key_person (key_id);
create index key_person_closed on key_person (status, closed_on);

-- 走访: a visit's finding may speak of health or conduct, so it is encrypted as the person's fields are.
create table key_person_visit (
    id              uuid         primary key,
    key_person_id   uuid         not null references key_person (id),
    visited_on      date         not null,
    officer         varchar(100) not null,
    kind            varchar(20)  not null,
    finding_cipher  text,
    key_id          bigint,
    recorded_by     varchar(200) not null,
    recorded_at     timestamptz  not null
);
create index key_person_visit_person on key_person_visit (key_person_id, visited_on);
create index key_person_visit_key on key_person_visit (key_id);

-- Who read, searched, unmasked or changed which key-person record, which fields in full, for what purpose.
-- Never a personal value: a search that found nothing names no resident ID.
create table access_audit (
    id              uuid         primary key,
    at              timestamptz  not null,
    actor           varchar(200) not null,
    roles           varchar(500) not null,
    action          varchar(40)  not null,
    key_person_id   uuid,
    fields          varchar(500) not null,
    masked          boolean      not null,
    purpose         varchar(200),
    detail          varchar(500)
);
create index access_audit_person on access_audit (key_person_id, at);
create index access_audit_actor on access_audit (actor, at);
create index access_audit_at on access_audit (at);
