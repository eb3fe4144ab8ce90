-- The member events by unit, without the records opened.
--
-- member_event_unit_idx serves the queries that count a unit's events over days: the events that
-- count in a measure (BuiltInMeasures, and the tally when a unit moves: target_tally_sql's
-- org_unit_ancestry source), the transfers (TransferSource, target_transfer_changed) and the
-- disciplines (Inspections). None of them counts 'RecordOpened', a record's start in Dangvu and not
-- an event of the member's life: it counts in no measure (target_event_measures gives it none) and
-- is neither a transfer nor a discipline. Every import and bulk load opens each record with one, so
-- they are a quarter of the national registry's events (4.8 of 16.8 million) and the one event of
-- each imported member: left out of the index, an import has one index entry fewer to place per
-- member. Measured on the national registry (docs/benchmarks.md, session 12): inserting 100,000
-- such events took 811 ms with the index as it was and 549-638 ms without it.
--
-- The queries that name a kind (kind = 'Transferred', kind = 'Disciplined') imply the new condition;
-- those that count by measure now say kind <> 'RecordOpened' as well, which changes none of their
-- results. target_tally_sql is replaced whole, with that condition its only change from V98's.
drop index member_event_unit_idx;
create index member_event_unit_idx on member_event (unit_id, occurred_on)
    where unit_id is not null and kind <> 'RecordOpened';

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
                                 and e.kind <> 'RecordOpened'
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

