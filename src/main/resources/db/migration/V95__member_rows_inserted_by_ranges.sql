-- V91's member_rows_inserted, reading the import's rows by their runs of ids.
--
-- The ids of an import come from the member sequence in blocks (MemberCopy takes 16,384 at a time), so
-- they are a few runs of consecutive numbers. V91 found its rows with `id = any(ids)`: on small tables
-- a sequential scan hashing every row's id against 100,000 (a twentieth of the import's backend time
-- in perf), on the national registry an index probe for each id, seven times over. Here the runs are
-- found once and each table is read by range scans of its primary key over them; the check's reading
-- of each table groups its rows by the units they name, and also tells whether any event counts in a
-- measure and whether any is a transfer. An import opens records, so usually none is:
-- the events' tally and the transfers are then skipped, with nothing to add. Same checks, same
-- refusals, same results as V91 (MemberCopyIT, MemberWorkbookIT).

create or replace function member_rows_inserted(ids bigint[], events bigint, periods bigint) returns void
    language plpgsql as $$
declare
    lows bigint[];
    highs bigint[];
    found_members bigint;
    found_events bigint;
    found_periods bigint;
    measured_events bigint;
    transfers bigint;
    units bigint[];
    locked bigint;
begin
    -- the runs of consecutive ids (gaps and islands); each id once
    select array_agg(lo order by lo), array_agg(hi order by lo) into lows, highs
      from (select min(i) lo, max(i) hi
              from (select i, i - row_number() over (order by i) g from (select distinct unnest(ids) i) d) n
             group by g) r;
    if lows is null then
        lows := '{}';
        highs := '{}';
    end if;

    -- each table read once, its rows grouped by the units they name (a few hundred groups, not the rows)
    with runs as materialized (select * from unnest(lows, highs) r (lo, hi)),
         m as materialized (select m.unit_id, m.host_unit_id, count(*) n
                              from runs join member m on m.id between runs.lo and runs.hi group by 1, 2),
         e as materialized (select e.unit_id, e.kind, count(*) n,
                                   count(*) filter (where cardinality(target_event_measures(e.kind, e.payload)) > 0) measured
                              from runs join member_event e on e.member_id between runs.lo and runs.hi group by 1, 2),
         p as materialized (select p.unit_id, p.host_unit_id, count(*) n
                              from runs join member_period p on p.member_id between runs.lo and runs.hi group by 1, 2)
    select (select coalesce(sum(n), 0) from m), (select coalesce(sum(n), 0) from e),
           (select coalesce(sum(n), 0) from p), (select coalesce(sum(measured), 0) from e),
           (select coalesce(sum(n), 0) from e where e.kind = 'Transferred'),
           array(select distinct u from (select unit_id from m union all select host_unit_id from m
                                         union all select unit_id from e
                                         union all select unit_id from p union all select host_unit_id from p) r (u)
                  where u is not null)
      into found_members, found_events, found_periods, measured_events, transfers, units;
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

    perform member_name_remember_all(array(
        select m.name_folded from unnest(lows, highs) r (lo, hi) join member m on m.id between r.lo and r.hi
         group by m.name_folded));

    if measured_events > 0 then
        execute 'with new_rows as materialized (
                     select e.* from unnest($1, $2) r (lo, hi)
                       join member_event e on e.member_id between r.lo and r.hi
                      where cardinality(target_event_measures(e.kind, e.payload)) > 0) '
            || target_tally_sql('member_event', 'new_rows', 1) using lows, highs;
    end if;
    execute 'with new_rows as materialized (
                 select p.* from unnest($1, $2) r (lo, hi)
                   join member_period p on p.member_id between r.lo and r.hi) '
        || target_tally_sql('member_period', 'new_rows', 1) using lows, highs;

    -- target_transfer_changed() for the inserted events and periods: the members are new, so every event
    -- of theirs is among those inserted, and a period can end at a transfer only if one of them is one
    if transfers > 0 then
        perform target_transfer_refresh(array(
            select e.id from unnest(lows, highs) r (lo, hi)
              join member_event e on e.member_id between r.lo and r.hi
             where e.kind = 'Transferred'));
    end if;
end $$;
