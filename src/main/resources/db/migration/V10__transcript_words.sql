-- A turn's timed words live apart from its text: search reads the text of many turns for its snippets (and a
-- rebuild reads every turn), while the words, several times the text's size, are only for the call page.
create table transcript_words (
    call_id bigint  not null,
    seq     integer not null,
    words   varchar(200000) not null,
    primary key (call_id, seq),
    foreign key (call_id, seq) references transcript_segments (call_id, seq)
);

insert into transcript_words (call_id, seq, words) select call_id, seq, words from transcript_segments;

alter table transcript_segments drop column words;
