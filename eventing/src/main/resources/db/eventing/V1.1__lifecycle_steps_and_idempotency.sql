-- The history of every record that moves through a lifecycle (cn.jiedao.kernel.lifecycle.Lifecycle): one row
-- per step, written in the transaction of the step by cn.jiedao.eventing.records.LifecycleSteps.
create sequence lifecycle_step_seq increment by 50;
create table lifecycle_step (
    id            bigint       primary key,
    record_type   varchar(100) not null,
    record_id     varchar(100) not null,
    action        varchar(100) not null,
    from_state    varchar(100),
    to_state      varchar(100) not null,
    actor         varchar(200) not null,
    at            timestamptz  not null,
    note          text
);
create index lifecycle_step_record on lifecycle_step (record_type, record_id, at, id);

-- Idempotency-Key of creation endpoints (cn.jiedao.eventing.records.IdempotentRequests): the key is claimed
-- in the transaction that creates the record, with a hash of the request and, once created, the answer's
-- status and a reference to the record, so that a replay answers the same and another body is refused.
create table idempotency_key (
    scope            varchar(100) not null,
    idempotency_key  varchar(200) not null,
    request_hash     varchar(64)  not null,
    status           integer,
    result_ref       varchar(200),
    created_at       timestamptz  not null default now(),
    primary key (scope, idempotency_key)
);
