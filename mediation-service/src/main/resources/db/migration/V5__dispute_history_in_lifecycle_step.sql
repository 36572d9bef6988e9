-- A dispute's history is kept where every record's history is: eventing's lifecycle_step (record type
-- 'Dispute', written by cn.jiedao.eventing.records.LifecycleSteps). The rows of dispute_step move there in
-- their order, after whatever lifecycle_step already holds.
insert into lifecycle_step (id, record_type, record_id, action, from_state, to_state, actor, at, note)
select (select coalesce(max(id), 0) from lifecycle_step) + row_number() over (order by s.id),
       'Dispute', s.dispute_id::text, s.action, s.from_status, s.to_status, s.actor, s.at, s.note
from dispute_step s;

-- lifecycle_step_seq hands out blocks of 50 (increment by 50, the allocation size of StepEntry, Hibernate's
-- pooled optimizer): check it, then make the next block start after the copied ids.
do $$
begin
    if (select increment_by from pg_sequences
        where schemaname = current_schema() and sequencename = 'lifecycle_step_seq') <> 50 then
        raise exception 'lifecycle_step_seq must increment by 50, the allocation size of StepEntry';
    end if;
end
$$;
select setval('lifecycle_step_seq', (select max(id) from lifecycle_step))
where exists (select 1 from lifecycle_step);

drop table dispute_step;
