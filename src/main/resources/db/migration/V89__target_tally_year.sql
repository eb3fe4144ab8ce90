-- Yearly sums of the targets' tally (V51), kept exactly in step with it by the database.
--
-- A stock (members on a date) is the sum of a subtree's daily changes since ever: for a province, one
-- tally row for every day something changed since 1950, tens of thousands of rows for each root and
-- measure, read again for every roll-up. With this table it is the sum of the whole years before the
-- date (at most one row a year) and of the days of the date's own year (at most 365); a flow over a
-- long period likewise reads its whole years here.
--
-- Statement-level triggers on target_tally add each statement's changes (inserted rows, the
-- difference of updated rows, removed rows) to their years, so whatever writes the tally (V51's
-- triggers, its rebuild, a bulk import's rewrite of them) this table stays its yearly sum. It has its
-- own functions and triggers and leaves V51's alone.

create table target_tally_year (
    ancestor_id bigint      not null,
    measure     varchar(64) not null,
    year        integer     not null,
    num         bigint      not null,
    den         bigint      not null,
    primary key (ancestor_id, measure, year)
);

create function target_tally_year_changed() returns trigger language plpgsql as $$
declare
    changes text := case tg_op
        when 'INSERT' then 'select ancestor_id, measure, day, num, den from new_rows'
        when 'DELETE' then 'select ancestor_id, measure, day, -num, -den from old_rows'
        else 'select ancestor_id, measure, day, num, den from new_rows
              union all select ancestor_id, measure, day, -num, -den from old_rows' end;
begin
    execute format($q$
        insert into target_tally_year (ancestor_id, measure, year, num, den)
        select ancestor_id, measure, extract(year from day)::int, sum(num), sum(den)
          from (%s) c (ancestor_id, measure, day, num, den)
         group by 1, 2, 3
        having sum(num) <> 0 or sum(den) <> 0
         order by 1, 2, 3
        on conflict (ancestor_id, measure, year) do update
           set num = target_tally_year.num + excluded.num, den = target_tally_year.den + excluded.den
        $q$, changes);
    return null;
end
$$;

create function target_tally_year_truncated() returns trigger language plpgsql as $$
begin
    truncate target_tally_year;
    return null;
end
$$;

create trigger target_tally_year_insert after insert on target_tally
    referencing new table as new_rows for each statement execute function target_tally_year_changed();
create trigger target_tally_year_update after update on target_tally
    referencing old table as old_rows new table as new_rows for each statement execute function target_tally_year_changed();
create trigger target_tally_year_delete after delete on target_tally
    referencing old table as old_rows for each statement execute function target_tally_year_changed();
create trigger target_tally_year_truncate after truncate on target_tally
    for each statement execute function target_tally_year_truncated();

insert into target_tally_year (ancestor_id, measure, year, num, den)
select ancestor_id, measure, extract(year from day)::int, sum(num), sum(den)
  from target_tally
 group by 1, 2, 3
having sum(num) <> 0 or sum(den) <> 0;

analyze target_tally_year;
