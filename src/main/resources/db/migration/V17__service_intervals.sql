-- Calls per half hour of the contact centre (from the telephony system's interval report): the service level by time
-- of day and the peak-hour analysis read these. The same date and half hour imported again is updated.
create table service_intervals (
    work_date              date not null,
    start_time             varchar(5) not null,
    offered                integer not null,
    answered               integer not null,
    answered_in_threshold  integer not null,
    abandoned              integer not null,
    imported_at            timestamp with time zone not null,
    imported_by            varchar(64) not null,
    primary key (work_date, start_time)
);
