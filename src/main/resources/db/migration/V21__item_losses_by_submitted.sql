-- The causes of lost points are counted over a period, per agent, team or day, scorecard and channel. With the
-- evaluation's own agent, submission time, channel and calibration flag copied onto its loss rows (none of them
-- changes once it is submitted; amendments write the rows anew), a period is read from one index instead of joining
-- every evaluation of it to its losses: a year of 200,000 evaluations took 3 s that way.
alter table evaluation_item_losses add column agent varchar(64);
alter table evaluation_item_losses add column submitted_at timestamp with time zone;
alter table evaluation_item_losses add column interaction_type varchar(8);
alter table evaluation_item_losses add column calibration boolean default false not null;
update evaluation_item_losses set (agent, submitted_at, interaction_type, calibration) = (select e.agent,
    e.submitted_at, e.interaction_type, e.calibration_id is not null from evaluations e
    where e.id = evaluation_item_losses.evaluation_id);
create index evaluation_item_losses_by_submitted on evaluation_item_losses (submitted_at, calibration, agent,
    scorecard_key, item_key, interaction_type);
