-- Which instance runs an import, and when it last said it still does (cn.jiedao.economy.census.CensusImportLease):
-- a job left RUNNING by an instance that died (kill -9, a crash, a lost machine) is marked FAILED once its
-- heartbeat is older than the lease, by whichever instance looks next; a live instance's job is never touched.
-- (Numbered 55, apart from the census import's own migrations, which may be added at the same time.)
alter table census_import add column owner_id varchar(64);
alter table census_import add column heartbeat_at timestamptz;
-- A job that was RUNNING when this migration ran has no owner yet: it gets one lease from now.
update census_import set heartbeat_at = now() where status = 'RUNNING';
create index census_import_running on census_import (owner_id) where status = 'RUNNING';
