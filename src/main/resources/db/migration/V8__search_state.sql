-- Identifies this database to the search index: an index built from another database is rebuilt.
create table search_state (
    id          integer primary key,
    database_id varchar(36) not null
);
