-- What the database does after an insert into member, member_event and member_period, for rows that were
-- written with triggers off (session_replication_role = replica): a member import, in its own transaction.
--
-- An import of 30,000 members spent about half of its backend's processor time in triggers (perf, session
-- 5): the foreign keys' row triggers ran 150,000 one-row checks, each a query with its executor started
-- and ended (a quarter of the backend's time), and the targets' tally ran once per chunk of 16,384
-- members, updating again the tally rows an earlier chunk had updated. Here each is one set-based
-- statement over the import's members, done once, before the import's commit:
--   * the foreign keys of the rows to org_unit, checked and locked (FOR KEY SHARE, as the row triggers
--     lock them, so the units cannot be deleted before the commit); to member, checked by count;
--   * the name dictionary (V90), by the same function as its trigger;
--   * the tally (V51, whose inserts fire V89's yearly sums) and the transfers (V88), by the same SQL
--     as their triggers, over the import's rows instead of a transition table.
-- MemberCopyIT holds this list to the tables' triggers and foreign keys, and the import's tally to a
-- recomputation from the records.

create function member_name_remember_all(names text[]) returns void
    language sql as $$
    insert into member_name (name_folded, order_key, words)
    select n.name_folded, member_name_order_key(n.name_folded), to_tsvector('simple', n.name_folded)
      from (select distinct f as name_folded from unnest(names) f) n
     where not exists (select 1 from member_name d where d.name_folded = n.name_folded)
    on conflict (name_folded) do nothing
$$;

create or replace function member_name_remember_inserted() returns trigger
    language plpgsql as $$
begin
    perform member_name_remember_all(array(select distinct name_folded from new_rows));
    return null;
end $$;

-- The members ids (each once), with the number of events and periods written for them; refuses
-- (foreign_key_violation) if a unit they name does not exist, or if the rows found are not those written.
create function member_rows_inserted(ids bigint[], events bigint, periods bigint) returns void
    language plpgsql as $$
declare
    found_members bigint;
    found_events bigint;
    found_periods bigint;
    units bigint[];
    locked bigint;
begin
    -- each table read once: its rows counted and the units they name gathered
    with m as materialized (select unit_id, host_unit_id from member where id = any(ids)),
         e as materialized (select unit_id from member_event where member_id = any(ids)),
         p as materialized (select unit_id, host_unit_id from member_period where member_id = any(ids))
    select (select count(*) from m), (select count(*) from e), (select count(*) from p),
           array(select distinct u from (select unit_id from m union all select host_unit_id from m
                                         union all select unit_id from e
                                         union all select unit_id from p union all select host_unit_id from p) r (u)
                  where u is not null)
      into found_members, found_events, found_periods, units;
    if found_members <> cardinality(ids) or found_events <> events or found_periods <> periods then
        raise exception 'member import: % of % members, % of % events, % of % periods found',
            found_members, cardinality(ids), found_events, events, found_periods, periods
            using errcode = 'foreign_key_violation';
    end if;
    select count(*) into locked from (select id from org_unit where id = any(units) for key share) l;
    if locked <> cardinality(units) then
        raise exception 'member import: % of % units found', locked, cardinality(units)
            using errcode = 'foreign_key_violation';
    end if;

    perform member_name_remember_all(array(select distinct name_folded from member where id = any(ids)));

    -- Only the events that count in a measure: an opened record counts in none, and joining each of them
    -- with the closure before finding so cost a quarter of a second for 30,000.
    execute 'with new_rows as materialized (select * from member_event where member_id = any($1)
                                             and cardinality(target_event_measures(kind, payload)) > 0) '
        || target_tally_sql('member_event', 'new_rows', 1) using ids;
    execute 'with new_rows as materialized (select * from member_period where member_id = any($1)) '
        || target_tally_sql('member_period', 'new_rows', 1) using ids;

    -- target_transfer_changed() for the inserted events and for the inserted periods
    perform target_transfer_refresh(array(
        select e.id from member_event e where e.member_id = any(ids) and e.kind = 'Transferred'
        union
        select e.id from member_period r
          join member_event e on e.member_id = r.member_id and e.occurred_on = r.valid_to and e.kind = 'Transferred'
         where r.member_id = any(ids)));
end $$;
