-- After-the-fact entry (cn.jiedao.kernel.time.EffectiveTime): a history entry keeps both when the step was
-- entered (at, the street's now when it was written) and when it took effect (effective_at, the occurredOn /
-- occurredAt of the request, or at). The entries written before this column existed took effect when entered.
alter table lifecycle_step add column effective_at timestamptz;
update lifecycle_step set effective_at = at;
alter table lifecycle_step alter column effective_at set not null;
