-- The Idempotency-Keys of police referrals over REST are kept where every creation's keys are: eventing's
-- idempotency_key (scope 'police-referral', cn.jiedao.eventing.records.IdempotentRequests). Keys already
-- used keep answering their referral (reference: the referral number), then leave police_referral.
insert into idempotency_key (scope, idempotency_key, request_hash, status, result_ref, created_at)
select 'police-referral', idempotency_key, request_hash, 201, referral_no, received_at
from police_referral
where idempotency_key is not null
on conflict do nothing;

alter table police_referral drop column idempotency_key, drop column request_hash;
