-- Official transfers into and out of subtrees (members.transferredIn, members.transferredOut), kept
-- pre-computed and exactly in step with the records by the database itself.
--
-- A transfer (a 'Transferred' member event on day d into branch J, the member's period that ends on d
-- in branch L) counts in: every unit J stood under on d that L did not stand under on d - 1 (in), and
-- every unit L stood under on d - 1 that J does not stand under on d (out); a unit is under itself.
-- Computing that from the records means a look-up of both ends' superiors for every transfer of the
-- period: for a province's roll-up since its congress, every transfer in the country (78,000 at a
-- quarter of the country, about 4 s). Here each transfer's units are stored once, as rows
-- (event, unit, in or out, day), and a roll-up reads its roots' rows in the period by an index.
--
-- What a transfer counts in depends on its event, the member's period that ends on its day and the
-- closure rows of its two ends on those days. Statement-level triggers on the three tables find the
-- transfers whose inputs a statement changed (from its transition tables) and recompute them from
-- the records as they now stand, so whichever program writes (the registries, the tree's changes, an
-- import) and in whatever order, the table ends equal to a recomputation. It is independent of the
-- tally of V51 (its own table, functions and triggers). A bulk load that turns triggers off
-- (session_replication_role = replica) calls target_transfer_rebuild() afterwards, as it does
-- target_tally_rebuild().

create table target_transfer (
    event_id bigint  not null,
    unit_id  bigint  not null,
    inward   boolean not null,
    day      date    not null
);
create index target_transfer_unit_idx on target_transfer (unit_id, inward, day);
create index target_transfer_event_idx on target_transfer (event_id);

-- The statement that inserts the rows of the transfers of member_event picked by {filter} (a condition
-- on e), from the records as they stand. The other end's superiors are an array read by the
-- descendant index: written as NOT EXISTS, the planner probed the subtree index of the superior
-- instead, scanning a province's whole subtree for every transfer (the first run of this migration
-- was stopped after 3 minutes at a quarter of the country).
create function target_transfer_sql(filter text) returns text
    language plpgsql immutable as $$
begin
    return format($q$
        insert into target_transfer (event_id, unit_id, inward, day)
        select t.id, x.unit_id, x.inward, t.day
          from (select e.id, e.occurred_on as day, e.unit_id as joined_unit, p.unit_id as left_unit
                  from member_event e
                  join member_period p on p.member_id = e.member_id and p.valid_to = e.occurred_on
                 where e.kind = 'Transferred' and e.unit_id is not null and (%s)) t
          cross join lateral (
                select a.ancestor_id as unit_id, true as inward
                  from org_unit_ancestry a
                 where a.descendant_id = t.joined_unit and a.valid_from <= t.day and a.valid_to > t.day
                   and a.ancestor_id <> all(array(select b.ancestor_id from org_unit_ancestry b
                                                   where b.descendant_id = t.left_unit
                                                     and b.valid_from <= t.day - 1 and b.valid_to > t.day - 1))
                union all
                select a.ancestor_id, false
                  from org_unit_ancestry a
                 where a.descendant_id = t.left_unit and a.valid_from <= t.day - 1 and a.valid_to > t.day - 1
                   and a.ancestor_id <> all(array(select b.ancestor_id from org_unit_ancestry b
                                                   where b.descendant_id = t.joined_unit
                                                     and b.valid_from <= t.day and b.valid_to > t.day))) x
        $q$, filter);
end
$$;

-- Recomputes the given transfers (event ids; ids of other events are harmless).
create function target_transfer_refresh(ids bigint[]) returns void language plpgsql as $$
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    delete from target_transfer where event_id = any(ids);
    execute target_transfer_sql('e.id = any($1)') using ids;
end
$$;

-- Which transfers a statement on member_event, member_period or org_unit_ancestry may have changed:
-- those whose event, whose ending period, or whose ends' closure rows on their days are among the
-- statement's old or new rows.
create function target_transfer_changed() returns trigger language plpgsql as $$
declare
    changed text := case tg_op when 'INSERT' then 'new_rows' when 'DELETE' then 'old_rows'
                        else '(select * from old_rows union all select * from new_rows)' end;
    ids bigint[];
begin
    if tg_table_name = 'member_event' then
        execute format($q$select array_agg(distinct r.id) from %s r where r.kind = 'Transferred'$q$, changed)
            into ids;
    elsif tg_table_name = 'member_period' then
        execute format($q$
            select array_agg(distinct e.id) from %s r
              join member_event e on e.member_id = r.member_id and e.occurred_on = r.valid_to
                                 and e.kind = 'Transferred'
            $q$, changed) into ids;
    elsif tg_table_name = 'org_unit_ancestry' then
        execute format($q$
            select array_agg(distinct id) from (
                select e.id from %1$s r
                  join member_event e on e.unit_id = r.descendant_id and e.unit_id is not null
                                     and e.occurred_on >= r.valid_from and e.occurred_on < r.valid_to
                 where e.kind = 'Transferred'
                union all
                select e.id from %1$s r
                  join member_period p on p.unit_id = r.descendant_id
                                      and p.valid_to > r.valid_from and p.valid_to <= r.valid_to
                                      and p.valid_to <> 'infinity'
                  join member_event e on e.member_id = p.member_id and e.occurred_on = p.valid_to
                                     and e.kind = 'Transferred'
            ) x
            $q$, changed) into ids;
    else
        raise exception 'no transfers for %', tg_table_name;
    end if;
    perform target_transfer_refresh(ids);
    return null;
end
$$;

-- Every transfer needs rows in all three tables: emptying one leaves no transfer to count.
create function target_transfer_truncated() returns trigger language plpgsql as $$
begin
    truncate target_transfer;
    return null;
end
$$;

create trigger target_transfer_insert after insert on member_event
    referencing new table as new_rows for each statement execute function target_transfer_changed();
create trigger target_transfer_delete after delete on member_event
    referencing old table as old_rows for each statement execute function target_transfer_changed();
create trigger target_transfer_update after update on member_event
    referencing old table as old_rows new table as new_rows for each statement execute function target_transfer_changed();
create trigger target_transfer_truncate after truncate on member_event
    for each statement execute function target_transfer_truncated();

create trigger target_transfer_insert after insert on member_period
    referencing new table as new_rows for each statement execute function target_transfer_changed();
create trigger target_transfer_delete after delete on member_period
    referencing old table as old_rows for each statement execute function target_transfer_changed();
create trigger target_transfer_update after update on member_period
    referencing old table as old_rows new table as new_rows for each statement execute function target_transfer_changed();
create trigger target_transfer_truncate after truncate on member_period
    for each statement execute function target_transfer_truncated();

create trigger target_transfer_insert after insert on org_unit_ancestry
    referencing new table as new_rows for each statement execute function target_transfer_changed();
create trigger target_transfer_delete after delete on org_unit_ancestry
    referencing old table as old_rows for each statement execute function target_transfer_changed();
create trigger target_transfer_update after update on org_unit_ancestry
    referencing old table as old_rows new table as new_rows for each statement execute function target_transfer_changed();
create trigger target_transfer_truncate after truncate on org_unit_ancestry
    for each statement execute function target_transfer_truncated();

-- Recomputes the whole table from the records: after a load with triggers off, or to check it.
create function target_transfer_rebuild() returns void language plpgsql as $$
begin
    truncate target_transfer;
    execute target_transfer_sql('true');
end
$$;

select target_transfer_rebuild();
analyze target_transfer;
