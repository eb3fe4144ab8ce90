-- Columns that are compared only for equality, or ordered only where people never see the order, are
-- compared byte by byte ("C") instead of by the database's linguistic collation: every insert into
-- their B-trees compares the new key with a dozen or more others (more as the national registry
-- grows), and a linguistic comparison (strcoll) costs several times a byte comparison. A member
-- import spent 4% of its backend's time in these comparisons (perf, session 6).
--   * member.identity_number: unique, looked up by equality;
--   * member.name_folded and member_name.name_folded: joined and looked up by equality; the name
--     search orders by member_name.order_key (already "C"), which is the folded name's words in
--     another order, so equal keys mean equal names and this column's collation changes no order shown;
--   * member_event.kind: an event kind's code (RecordOpened, Transferred…), compared with codes;
--   * audit_entry.record_type and record_id: codes and ids, searched by equality.
-- The indexes on these columns are rebuilt with them; no row is rewritten. V90's update trigger names
-- its column, so it is dropped for the change and created again as it was.
drop trigger member_name_remember_update on member;
alter table member alter column identity_number type varchar(12) collate "C";
alter table member alter column name_folded type text collate "C";
create trigger member_name_remember_update after update of name_folded on member
    for each row execute function member_name_remember();
alter table member_name alter column name_folded type text collate "C";
alter table member_event alter column kind type varchar(40) collate "C";
alter table audit_entry alter column record_type type varchar(48) collate "C";
alter table audit_entry alter column record_id type varchar(64) collate "C";
