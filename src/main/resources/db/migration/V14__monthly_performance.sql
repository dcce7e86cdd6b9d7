-- The month (issue 17): operational data per agent and day, what each evaluation says for the KPIs, when a
-- ticket's feedback arrived, and the monthly assessment with its versioned rules.

alter table tickets add column feedback_at timestamp with time zone;
-- The month's tickets are a range of creation times. The index holds every column the KPI reads, so a month is
-- read from it alone: with 1M tickets, looking each row up took seconds, the index alone a few hundred ms.
create index tickets_by_created on tickets (created_at, type, agent, feedback_at, closed_at);

-- Written when an evaluation is submitted or amended, so KPIs aggregate in SQL without reading answers_json.
alter table evaluations add column critical_failure boolean;
alter table evaluations add column attitude_clean boolean;
alter table evaluations add column professional_score double precision;
-- Covering, as for tickets: a month of evaluations is read from the index, not from their large rows.
create index evaluations_by_submitted on evaluations (submitted_at, status, agent, calibration_id, total,
    critical_failure, attitude_clean, professional_score);

-- One row per agent per day (roster attendance, ACD statistics, satisfaction surveys); null = not in the file.
create table operational_days (
    agent           varchar(64) not null,
    work_date       date not null,
    scheduled       boolean not null,
    present         boolean not null,
    on_time         boolean not null,
    on_leave        boolean not null,
    training        boolean not null,
    calls_offered   integer,
    calls_answered  integer,
    handle_seconds  bigint,
    wait_seconds    bigint,
    outbound_calls  integer,
    surveys         integer,
    satisfied       integer,
    imported_at     timestamp with time zone not null,
    imported_by     varchar(64) not null,
    -- Day first: the KPIs read a month of days for every agent, an agent's drill-down one month of days.
    primary key (work_date, agent)
);

-- The assessment's rules (the monthly-performance definition file), one row per version.
create table performance_rules (
    version         integer primary key,
    effective_from  varchar(7) not null,
    definition      varchar(100000) not null,
    created_by      varchar(64) not null,
    created_at      timestamp with time zone not null
);

create table performance_months (
    period           varchar(7) primary key,
    status           varchar(16) not null,
    employer_weight  double precision,
    client_weight    double precision,
    rules_version    integer,
    published_at     timestamp with time zone,
    published_by     varchar(64),
    row_version      integer not null
);

-- What the manager entered for an agent's month; on publishing, the computed figures are frozen here too.
create table performance_entries (
    period             varchar(7) not null,
    agent              varchar(64) not null,
    employer_override  double precision,
    note               varchar(2000),
    client_score       double precision,
    team               varchar(100),
    employer_score     double precision,
    total              double precision,
    bonus              double precision,
    kpis_json          varchar(20000),
    frozen             boolean not null,
    signed_off_at      timestamp with time zone,
    objection          varchar(2000),
    objected_at        timestamp with time zone,
    primary key (period, agent)
);
