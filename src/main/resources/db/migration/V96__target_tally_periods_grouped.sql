-- V51's tally, its periods' pairs drawn from the periods counted by unit, status and days.
--
-- A period's pairs with the closure depend only on its unit, its status and its two days, and a sum
-- of its pairs is a sum over such groups, each pair weighted by how many periods share it. For an
-- import of 100,000 members, the statement joined 100,000 periods with the closure into 360,000 pairs
-- before summing them into 31,784 tally rows, the largest statement of the import's backend; counted
-- first, its periods were 8,000 groups and the select took a third of the time. The rows written are
-- the same (TallyIT holds the tally to a recomputation from the records). The function is replaced
-- whole; the other sources are V51's.

create or replace function target_tally_sql(source text, relation text, sign int) returns text
    language plpgsql immutable as $$
declare
    pairs text;
begin
    if source = 'member_event' then
        pairs := format($q$
            select a.ancestor_id, m.measure, e.occurred_on as day, 1 as n
              from %I e
              cross join lateral unnest(target_event_measures(e.kind, e.payload)) m (measure)
              join org_unit_ancestry a on a.descendant_id = e.unit_id
                                      and a.valid_from <= e.occurred_on and a.valid_to > e.occurred_on
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
            $q$, relation);
    elsif source = 'member_period' then
        -- the periods counted by what their pairs depend on first (V96): many members of a branch share
        -- their status and days, and an import's 100,000 periods were 8,000 such groups
        pairs := format($q$
            select a.ancestor_id, m.measure, greatest(p.valid_from, a.valid_from) as day, p.n
              from (select unit_id, status, valid_from, valid_to, count(*) n from %1$I group by 1, 2, 3, 4) p
              cross join lateral unnest(target_period_measures(p.status)) m (measure)
              join org_unit_ancestry a on a.descendant_id = p.unit_id
                                      and a.valid_from < p.valid_to and a.valid_to > p.valid_from
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
            union all
            select a.ancestor_id, m.measure, least(p.valid_to, a.valid_to), -p.n
              from (select unit_id, status, valid_from, valid_to, count(*) n from %1$I group by 1, 2, 3, 4) p
              cross join lateral unnest(target_period_measures(p.status)) m (measure)
              join org_unit_ancestry a on a.descendant_id = p.unit_id
                                      and a.valid_from < p.valid_to and a.valid_to > p.valid_from
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
             where least(p.valid_to, a.valid_to) <> 'infinity'
            $q$, relation);
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

