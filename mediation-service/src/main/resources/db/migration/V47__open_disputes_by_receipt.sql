-- The statistics' overdue count looks only at open disputes of the period: a small index of them by receipt
-- (a few thousand among a million), whatever plan the prepared statement gets.
create index dispute_open_received on dispute (received_at) where status in ('RECEIVED', 'ACCEPTED');
