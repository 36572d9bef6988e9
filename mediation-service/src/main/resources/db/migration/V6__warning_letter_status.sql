-- A warning letter's status is stored, as the lifecycle of cn.jiedao.mediation.warning.WarningLetters moves
-- it (RECEIVED → ACKNOWLEDGED → RESPONDED); until now it was derived from the two timestamps.
alter table warning_letter add column status varchar(20) not null default 'RECEIVED';
update warning_letter set status = case when responded_at is not null then 'RESPONDED'
                                        when acknowledged_at is not null then 'ACKNOWLEDGED'
                                        else 'RECEIVED' end;
alter table warning_letter alter column status drop default;
