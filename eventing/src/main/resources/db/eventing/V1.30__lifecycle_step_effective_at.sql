-- After-the-fact entry (cn.jiedao.kernel.time.EffectiveTime): a history entry keeps both when the step was
-- entered (at, the street's now when it was written) and when it took effect (effective_at, the occurredOn /
-- occurredAt of the request, or at). The entries written before this column existed took effect when entered.
alter table lifecycle_step add column effective_at timestamptz;
update lifecycle_step set effective_at = at;
alter table lifecycle_step alter column effective_at set not null;

-- A row written without it (a service's later migration that moves an older history here, as mediation's V5
-- does on a fresh database, where this runs first) took effect when entered, too.
create function lifecycle_step_effective_at() returns trigger language plpgsql as $$
begin
    new.effective_at := coalesce(new.effective_at, new.at);
    return new;
end $$;
create trigger lifecycle_step_effective_at before insert on lifecycle_step
    for each row execute function lifecycle_step_effective_at();
