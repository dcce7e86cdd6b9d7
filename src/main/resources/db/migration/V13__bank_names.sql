-- A bank's name in English beside its (Chinese) name; the seed files name both in a '// bank-name: 中文 | English' line.
alter table question_banks add column name_en varchar(200);
