-- What the built-in member measures count, each defined once here, and a pre-computed tally of them
-- for the large committees, kept exactly in step with the records by the database itself.
--
-- A member measure is linear: its value for a subtree is a sum over pairs of (a fact at a unit, an
-- interval in which that unit stood in the subtree). Facts are member events (a flow counts an event
-- on its day) and member periods (a stock counts a period while it lasts). So when either side
-- changes, the tally changes by the pairs of the changed rows with the other side — whichever program
-- wrote them: the registries, an import or a bulk load. Statement-level triggers with transition
-- tables apply each statement's changes as one set, in the statement's own transaction.

-- The measures a member event counts in.
create function target_event_measures(kind varchar, payload jsonb) returns text[]
    language sql immutable parallel safe as $$
    select case kind
        when 'AdmissionDecided' then array['members.admitted']
        when 'RecognizedOfficial' then array['members.recognized']
        when 'AwarenessCertified' then array['candidates.certified']
        when 'Disciplined' then case when payload ->> 'form' = 'EXPULSION'
                                     then array['members.disciplined', 'members.expelled']
                                     else array['members.disciplined'] end
        when 'StruckOff' then array['members.struckOff']
        when 'ProbationStruckOff' then array['members.struckOff']
        when 'Died' then array['members.deceased']
        when 'LeftParty' then array['members.left']
        else array[]::text[] end
$$;

-- The stock measures a period of a status counts in.
create function target_period_measures(status varchar) returns text[]
    language sql immutable parallel safe as $$
    select case status
        when 'PROBATIONARY' then array['members.atDate']
        when 'OFFICIAL' then array['members.atDate', 'members.officialAtDate']
        when 'CANDIDATE' then array['candidates.atDate']
        else array[]::text[] end
$$;

-- The unit types whose subtrees are tallied: the committees with many units under them. Branches
-- and grassroots branches are computed from the records directly, which is fast for them. After a
-- change here, select target_tally_rebuild().
create table target_tally_type (
    unit_type varchar(32) primary key
);
insert into target_tally_type values ('PROVINCIAL_COMMITTEE'), ('UPPER_GRASSROOTS_COMMITTEE'), ('GRASSROOTS_COMMITTEE');

-- What each measure adds to the subtree of a tallied unit on a day: a flow's events, a stock's
-- entries minus exits. A flow over a period and a stock on a date are sums over a range of days.
create table target_tally (
    ancestor_id bigint      not null,
    measure     varchar(64) not null,
    day         date        not null,
    num         bigint      not null,
    den         bigint      not null default 0,
    primary key (ancestor_id, measure, day)
);

-- The statement that adds (sign 1) or removes (sign -1) the pairs of the rows of {relation}, which
-- has the shape of {source}, with the other side. The same text serves the triggers (relation =
-- a transition table) and the rebuild (relation = the table itself).
create function target_tally_sql(source text, relation text, sign int) returns text
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
        pairs := format($q$
            select a.ancestor_id, m.measure, greatest(p.valid_from, a.valid_from) as day, 1 as n
              from %1$I p
              cross join lateral unnest(target_period_measures(p.status)) m (measure)
              join org_unit_ancestry a on a.descendant_id = p.unit_id
                                      and a.valid_from < p.valid_to and a.valid_to > p.valid_from
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
            union all
            select a.ancestor_id, m.measure, least(p.valid_to, a.valid_to), -1
              from %1$I p
              cross join lateral unnest(target_period_measures(p.status)) m (measure)
              join org_unit_ancestry a on a.descendant_id = p.unit_id
                                      and a.valid_from < p.valid_to and a.valid_to > p.valid_from
              join org_unit u on u.id = a.ancestor_id
              join target_tally_type t on t.unit_type = u.type
             where least(p.valid_to, a.valid_to) <> 'infinity'
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

create function target_tally_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        execute target_tally_sql(tg_table_name, 'old_rows', -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        execute target_tally_sql(tg_table_name, 'new_rows', 1);
    end if;
    return null;
end
$$;

create trigger target_tally_insert after insert on member_event
    referencing new table as new_rows for each statement execute function target_tally_changed();
create trigger target_tally_delete after delete on member_event
    referencing old table as old_rows for each statement execute function target_tally_changed();
create trigger target_tally_update after update on member_event
    referencing old table as old_rows new table as new_rows for each statement execute function target_tally_changed();

create trigger target_tally_insert after insert on member_period
    referencing new table as new_rows for each statement execute function target_tally_changed();
create trigger target_tally_delete after delete on member_period
    referencing old table as old_rows for each statement execute function target_tally_changed();
create trigger target_tally_update after update on member_period
    referencing old table as old_rows new table as new_rows for each statement execute function target_tally_changed();

create trigger target_tally_insert after insert on org_unit_ancestry
    referencing new table as new_rows for each statement execute function target_tally_changed();
create trigger target_tally_delete after delete on org_unit_ancestry
    referencing old table as old_rows for each statement execute function target_tally_changed();
create trigger target_tally_update after update on org_unit_ancestry
    referencing old table as old_rows new table as new_rows for each statement execute function target_tally_changed();

-- Recomputes the whole tally from the records: after changing target_tally_type, or to check it.
create function target_tally_rebuild() returns void language plpgsql as $$
begin
    delete from target_tally;
    execute target_tally_sql('member_event', 'member_event', 1);
    execute target_tally_sql('member_period', 'member_period', 1);
end
$$;
