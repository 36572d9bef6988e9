-- The access audit names the kind of record it speaks of: key persons, and the persons concerned by
-- accountability measures (discipline supervision). record_id is the record's id whatever its kind;
-- key_person_id stays for the key persons' entries.
alter table access_audit add column record_kind varchar(40) not null default 'KeyPerson';
alter table access_audit add column record_id uuid;
update access_audit set record_id = key_person_id;
create index access_audit_record on access_audit (record_kind, record_id, at);
