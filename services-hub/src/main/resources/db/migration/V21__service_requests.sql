-- 一窗受理: service types as data (Open311 service definitions: typed attributes, the department responsible,
-- the time allowed) and the requests residents make at the window.
create table service_type (
    id                  uuid          primary key,
    code                varchar(40)   not null unique,
    name                varchar(200)  not null,
    department          varchar(200)  not null,
    description         varchar(2000),
    time_allowed_days   integer       not null check (time_allowed_days > 0),
    attributes          jsonb         not null,
    active              boolean       not null default true,
    created_at          timestamptz   not null,
    version             bigint        not null default 0
);

-- The request number's counter per year: YC-2023-00001.
create table service_request_counter (
    year     integer  primary key,
    last_no  integer  not null
);

create table service_request (
    id                   uuid          primary key,
    request_no           varchar(20)   not null unique,
    service_type_id      uuid          not null references service_type (id),
    mode                 varchar(30)   not null,
    applicant_name       varchar(100)  not null,
    applicant_phone      varchar(20)   not null,
    applicant_id_number  char(18),
    attributes           jsonb         not null,
    description          varchar(2000),
    grid_code            char(15),
    status               varchar(20)   not null,
    received_at          timestamptz   not null,
    deadline             date          not null,
    accepted_at          timestamptz,
    completed_at         timestamptz,
    completed_on         date,
    outcome              varchar(2000),
    rejection_reason     varchar(500),
    referred_to          varchar(200),
    received_by          varchar(100)  not null,
    version              bigint        not null default 0
);
create index service_request_status on service_request (status);
create index service_request_received_at on service_request (received_at);
create index service_request_type on service_request (service_type_id);
create index service_request_grid_code on service_request (grid_code);
