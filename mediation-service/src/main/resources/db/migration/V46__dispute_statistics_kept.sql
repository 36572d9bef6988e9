-- The statistics' counts, kept as disputes change (cn.jiedao.mediation.statistics.MediationStatistics reads
-- them for the whole months of a period, and counts the days of a partial month from dispute itself).
-- Keyed on the month of receipt in the street's zone (Asia/Shanghai) and on what the figures group by; kept by
-- statement-level triggers with transition tables, in the transaction of the change, whichever way a row is
-- written (the service, a bulk INSERT, COPY): an UPDATE of received_at, category, channel, status,
-- concluded_at or outcome moves a dispute's count from its old key to its new one.
create table dispute_month_count (
    month      date        not null,
    category   varchar(40) not null,
    channel    varchar(40) not null,
    status     varchar(20) not null,
    disputes   bigint      not null,
    concluded  bigint      not null, -- concluded_at set
    resolved   bigint      not null, -- concluded_at set and outcome RESOLVED
    primary key (month, category, channel, status)
);

-- Concluded disputes by month of receipt and days from receipt to conclusion in tenths of a day, rounded down:
-- the median of a period is read from these (to 0.1 day, the figure's precision).
create table dispute_month_conclusion (
    month      date    not null,
    tenths     integer not null,
    disputes   bigint  not null,
    primary key (month, tenths)
);

create function dispute_month(received timestamptz) returns date
    language sql immutable parallel safe
    as $$ select date_trunc('month', received at time zone 'Asia/Shanghai')::date $$;

create function dispute_tenths(received timestamptz, concluded timestamptz) returns integer
    language sql immutable parallel safe
    as $$ select floor(extract(epoch from concluded - received) / 8640)::integer $$;

-- +1 for the rows of new_rows, -1 for those of old_rows, summed per key; keys whose sums are all 0 (an UPDATE
-- that changed none of the columns counted) are not written. Keys are written in order, so concurrent
-- transactions lock them in the same order.
create function dispute_statistics_keep() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into dispute_month_count as k (month, category, channel, status, disputes, concluded, resolved)
        select dispute_month(received_at), category, channel, status, count(*), count(concluded_at),
               count(*) filter (where concluded_at is not null and outcome = 'RESOLVED')
        from new_rows group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (month, category, channel, status) do update set disputes = k.disputes + excluded.disputes,
            concluded = k.concluded + excluded.concluded, resolved = k.resolved + excluded.resolved;
        insert into dispute_month_conclusion as k (month, tenths, disputes)
        select dispute_month(received_at), dispute_tenths(received_at, concluded_at), count(*)
        from new_rows where concluded_at is not null group by 1, 2 order by 1, 2
        on conflict (month, tenths) do update set disputes = k.disputes + excluded.disputes;
    elsif tg_op = 'UPDATE' then
        insert into dispute_month_count as k (month, category, channel, status, disputes, concluded, resolved)
        select month, category, channel, status, sum(d), sum(c), sum(r) from (
            select dispute_month(received_at) as month, category, channel, status, 1 as d,
                   case when concluded_at is not null then 1 else 0 end as c,
                   case when concluded_at is not null and outcome = 'RESOLVED' then 1 else 0 end as r
            from new_rows
            union all
            select dispute_month(received_at), category, channel, status, -1,
                   case when concluded_at is not null then -1 else 0 end,
                   case when concluded_at is not null and outcome = 'RESOLVED' then -1 else 0 end
            from old_rows) changes
        group by 1, 2, 3, 4 having sum(d) <> 0 or sum(c) <> 0 or sum(r) <> 0 order by 1, 2, 3, 4
        on conflict (month, category, channel, status) do update set disputes = k.disputes + excluded.disputes,
            concluded = k.concluded + excluded.concluded, resolved = k.resolved + excluded.resolved;
        insert into dispute_month_conclusion as k (month, tenths, disputes)
        select month, tenths, sum(d) from (
            select dispute_month(received_at) as month, dispute_tenths(received_at, concluded_at) as tenths, 1 as d
            from new_rows where concluded_at is not null
            union all
            select dispute_month(received_at), dispute_tenths(received_at, concluded_at), -1
            from old_rows where concluded_at is not null) changes
        group by 1, 2 having sum(d) <> 0 order by 1, 2
        on conflict (month, tenths) do update set disputes = k.disputes + excluded.disputes;
    else
        insert into dispute_month_count as k (month, category, channel, status, disputes, concluded, resolved)
        select dispute_month(received_at), category, channel, status, -count(*), -count(concluded_at),
               -count(*) filter (where concluded_at is not null and outcome = 'RESOLVED')
        from old_rows group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (month, category, channel, status) do update set disputes = k.disputes + excluded.disputes,
            concluded = k.concluded + excluded.concluded, resolved = k.resolved + excluded.resolved;
        insert into dispute_month_conclusion as k (month, tenths, disputes)
        select dispute_month(received_at), dispute_tenths(received_at, concluded_at), -count(*)
        from old_rows where concluded_at is not null group by 1, 2 order by 1, 2
        on conflict (month, tenths) do update set disputes = k.disputes + excluded.disputes;
    end if;
    return null;
end $$;

create trigger dispute_statistics_insert after insert on dispute
    referencing new table as new_rows for each statement execute function dispute_statistics_keep();
create trigger dispute_statistics_update after update on dispute
    referencing old table as old_rows new table as new_rows for each statement execute function dispute_statistics_keep();
create trigger dispute_statistics_delete after delete on dispute
    referencing old table as old_rows for each statement execute function dispute_statistics_keep();

-- What was there before the triggers.
insert into dispute_month_count (month, category, channel, status, disputes, concluded, resolved)
select dispute_month(received_at), category, channel, status, count(*), count(concluded_at),
       count(*) filter (where concluded_at is not null and outcome = 'RESOLVED')
from dispute group by 1, 2, 3, 4;
insert into dispute_month_conclusion (month, tenths, disputes)
select dispute_month(received_at), dispute_tenths(received_at, concluded_at), count(*)
from dispute where concluded_at is not null group by 1, 2;

-- The disputes a volunteer team helped settle: a few steps among every dispute's history.
create index lifecycle_step_volunteer_help on lifecycle_step (record_id)
    where record_type = 'Dispute' and action = 'VOLUNTEER_HELP';
