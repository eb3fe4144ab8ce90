-- The dictionary of folded names (V82) is filled once per insert statement instead of once per row.
-- The row trigger ran an INSERT … ON CONFLICT DO NOTHING for every inserted member, computing the order
-- key and the tsvector each time although nearly every name is already known: an import of 30,000
-- members spent 8.9 s in those 30,000 statements (pg_stat_statements, load average 6 on 2 cores), as
-- long as the members' COPY itself. One set-based statement over the inserted rows (a transition
-- table) leaves the same rows in member_name by the end of the same statement.
--
-- Updates keep the row trigger: PostgreSQL allows no transition tables on a trigger with a column
-- list, and without the list every update of a member (status, projections) would pay for it. A
-- profile correction updates one member at a time anyway.

create function member_name_remember_inserted() returns trigger
    language plpgsql as $$
begin
    insert into member_name (name_folded, order_key, words)
    select n.name_folded, member_name_order_key(n.name_folded), to_tsvector('simple', n.name_folded)
      from (select distinct name_folded from new_rows) n
     where not exists (select 1 from member_name d where d.name_folded = n.name_folded)
    on conflict (name_folded) do nothing;
    return null;
end $$;

drop trigger member_name_remember on member;

create trigger member_name_remember_insert after insert on member
    referencing new table as new_rows for each statement execute function member_name_remember_inserted();

create trigger member_name_remember_update after update of name_folded on member
    for each row execute function member_name_remember();
