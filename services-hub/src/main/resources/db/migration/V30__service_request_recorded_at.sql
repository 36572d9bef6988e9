-- After-the-fact entry: a one-window request's received_at is when the window received it (the request's
-- receivedOn, which its deadline, number and the figures count from); recorded_at is when it was entered.
-- Requests entered before were entered when they were received.
alter table service_request add column recorded_at timestamptz;
update service_request set recorded_at = received_at;
alter table service_request alter column recorded_at set not null;
