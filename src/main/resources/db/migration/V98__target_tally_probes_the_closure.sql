-- The targets' tally of a few rows probes the closure by unit instead of hashing all of it.
--
-- An import into a national registry (6.25 million members, 2.06 million closure rows) spent 1.8 of
-- the 2.5 s of its periods' tally statement in two hash joins, each reading the whole of
-- org_unit_ancestry (17,749 pages) into a hash that spilled to disk: the planner took the import's
-- 100,000 periods for 1.2 million and their 8,000 groups for 171,592, so probing the closure's index
-- once a group looked dearer than hashing it. Into a small registry the closure is small and the
-- mistake cost nothing, which is why it showed only at national scale (docs/benchmarks.md,
-- "Member import", session 10).
--
-- A relation of some rows (a statement's transition table, the import's rows by ranges) now joins
-- the closure through a lateral subquery that the planner cannot flatten (offset 0): one index probe
-- of org_unit_ancestry_descendant_idx for each group or event. The whole table (target_tally_rebuild)
-- still joins it as before, where hashing the closure once is right. The pairs are the same either
-- way (TallyIT holds the tally to a recomputation from the records); target_tally_sql is replaced
-- whole, its other sources are V51's.

-- The closure's rows of the unit a row counts in, with the condition on their days: a join of the
-- whole closure for a whole table, a probe by unit for anything smaller.
create function target_tally_closure(whole boolean, unit text, days text) returns text
    language sql immutable as $$
    select case
        when whole then format('join org_unit_ancestry a on a.descendant_id = %s and %s', unit, days)
        else format('cross join lateral (select a.ancestor_id, a.valid_from, a.valid_to from org_unit_ancestry a'
                    ' where a.descendant_id = %s and %s offset 0) a', unit, days)
    end
$$;

create or replace function target_tally_sql(source text, relation text, sign int) returns text
    language plpgsql immutable as $$
declare
    pairs text;
begin
    if source = 'member_event' then
        pairs := format($q$
            select a.ancestor_id, m.measure, e.occurred_on as day, 1 as n
              from %1$I e
              %2$s
              cross join lateral unnest(target_event_measures(e.kind, e.payload)) m (measure)
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
            $q$, relation, target_tally_closure(relation = 'member_event', 'e.unit_id',
                                      'a.valid_from <= e.occurred_on and a.valid_to > e.occurred_on'));
    elsif source = 'member_period' then
        -- the periods counted by what their pairs depend on first (V96): many members of a branch share
        -- their status and days, and an import's 100,000 periods were 8,000 such groups
        pairs := format($q$
            select a.ancestor_id, m.measure, greatest(p.valid_from, a.valid_from) as day, p.n
              from (select unit_id, status, valid_from, valid_to, count(*) n from %1$I group by 1, 2, 3, 4) p
              %2$s
              cross join lateral unnest(target_period_measures(p.status)) m (measure)
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
            union all
            select a.ancestor_id, m.measure, least(p.valid_to, a.valid_to), -p.n
              from (select unit_id, status, valid_from, valid_to, count(*) n from %1$I group by 1, 2, 3, 4) p
              %2$s
              cross join lateral unnest(target_period_measures(p.status)) m (measure)
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
             where least(p.valid_to, a.valid_to) <> 'infinity'
            $q$, relation, target_tally_closure(relation = 'member_period', 'p.unit_id',
                                      'a.valid_from < p.valid_to and a.valid_to > p.valid_from'));
    elsif source = 'units' then
        pairs := format($q$
            select a.ancestor_id, m.measure, a.valid_from as day, 1 as n
              from %1$I a
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
              cross join lateral unnest(target_unit_measures(a.descendant_type)) m (measure)
            union all
            select a.ancestor_id, m.measure, a.valid_to, -1
              from %1$I a
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
              cross join lateral unnest(target_unit_measures(a.descendant_type)) m (measure)
             where a.valid_to <> 'infinity'
            $q$, relation);
    elsif source = 'org_unit_ancestry' then
        pairs := format($q$
            select a.ancestor_id, m.measure, e.occurred_on as day, 1 as n
              from %1$I a
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
              join member_event e on e.unit_id = a.descendant_id
                                 and e.occurred_on >= a.valid_from and e.occurred_on < a.valid_to
              cross join lateral unnest(target_event_measures(e.kind, e.payload)) m (measure)
            union all
            select a.ancestor_id, m.measure, greatest(p.valid_from, a.valid_from), 1
              from %1$I a
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
              join member_period p on p.unit_id = a.descendant_id
                                  and p.valid_from < a.valid_to and p.valid_to > a.valid_from
              cross join lateral unnest(target_period_measures(p.status)) m (measure)
            union all
            select a.ancestor_id, m.measure, least(p.valid_to, a.valid_to), -1
              from %1$I a
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
              join member_period p on p.unit_id = a.descendant_id
                                  and p.valid_from < a.valid_to and p.valid_to > a.valid_from
              cross join lateral unnest(target_period_measures(p.status)) m (measure)
             where least(p.valid_to, a.valid_to) <> 'infinity'
            union all
            select a.ancestor_id, m.measure, a.valid_from, 1
              from %1$I a
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
              cross join lateral unnest(target_unit_measures(a.descendant_type)) m (measure)
            union all
            select a.ancestor_id, m.measure, a.valid_to, -1
              from %1$I a
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
              cross join lateral unnest(target_unit_measures(a.descendant_type)) m (measure)
             where a.valid_to <> 'infinity'
            $q$, relation);
    else
        raise exception 'no tally for %', source;
    end if;
    return format($q$
        insert into target_tally (ancestor_id, measure, day, num)
        select ancestor_id, measure, day, %s * sum(n) from (%s) x
         group by 1, 2, 3
        having sum(n) <> 0
         order by 1, 2, 3
        on conflict (ancestor_id, measure, day) do update set num = target_tally.num + excluded.num
        $q$, sign, pairs);
end
$$;

