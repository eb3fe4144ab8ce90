-- One entry for an act on many records of one type: an import of 30,000 members is one act of one
-- user, and its entry names every record it opened by their ids, as ranges (the ids an import takes
-- come in blocks of the sequence, so a few ranges hold them all). Written per member, the entries
-- were a fifth of the import's database time and 30,000 lines in the log for one thing done.
-- record_id stays the column of an entry about one record; the log's search by record finds an id in
-- either.
alter table audit_entry add column record_ids int8multirange;

create index audit_entry_record_ids_idx on audit_entry using gist (record_ids) where record_ids is not null;
