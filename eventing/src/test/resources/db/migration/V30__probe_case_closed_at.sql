-- The probe case's field a step stamps with its effective time (LifecycleStepsTest's after-the-fact steps).
alter table probe_case add column closed_at timestamptz;
