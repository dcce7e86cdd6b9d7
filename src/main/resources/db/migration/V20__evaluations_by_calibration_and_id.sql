-- Lists and exports skip calibration copies (calibration_id is null) and page by id. H2 answers "calibration_id is
-- null" from an index on calibration_id whatever else the query says; with the id as its second column, an id
-- window (id > ? and id <= ?) is read as a range of it instead of every evaluation once per page. (The index of V9
-- stays: H2 holds the calibration foreign key by it.)
create index evaluations_by_calibration_and_id on evaluations (calibration_id, id);
