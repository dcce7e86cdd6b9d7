-- The dashboard's counts group and filter by scorecard and channel too: with them in the index, a period's
-- evaluations are read from it alone (a year of 200,000: 0.25 s instead of 0.7 s, each row looked up).
drop index evaluations_by_submitted;
create index evaluations_by_submitted on evaluations (submitted_at, status, agent, calibration_id, scorecard_key,
    interaction_type, total, critical_failure, attitude_clean, professional_score);
