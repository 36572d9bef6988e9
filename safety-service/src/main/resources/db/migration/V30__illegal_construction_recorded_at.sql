-- After-the-fact entry: a case's opened_at is when the structure was reported (the request's reportedOn, which
-- the statistics count by); recorded_at is when the case was entered. Cases entered before were entered when
-- they were opened.
alter table illegal_construction_case add column recorded_at timestamptz;
update illegal_construction_case set recorded_at = opened_at;
alter table illegal_construction_case alter column recorded_at set not null;
