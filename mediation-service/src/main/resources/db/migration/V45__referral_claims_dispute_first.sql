-- A police referral's number is claimed with the id of the dispute it registers, before that dispute's row is
-- written (the dispute goes to PostgreSQL in a JDBC batch with the rest of the poll): the foreign key is
-- checked at commit.
alter table police_referral alter constraint police_referral_dispute_id_fkey deferrable initially deferred;
