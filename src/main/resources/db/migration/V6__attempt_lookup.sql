-- Attempt starts look up a trainee's attempts of an exam; PostgreSQL does not index foreign keys itself.
create index attempts_by_exam_user on attempts (exam_id, username);
