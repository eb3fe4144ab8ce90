-- Name search over millions of people (issue 4). The trigram index answered "name contains …" but had
-- to intersect the huge posting lists of "ngu", "yen", "van", "thi", then rank and count every match.
-- People share a few tens of thousands of distinct names, so the search first finds the matching names
-- in a small dictionary (words and the prefix of the last word typed, by a GIN index on its words),
-- then reads the people of those names from a B-tree in the order shown, stopping at the page's end.

-- The folded name in Vietnamese order: given name, middle names, family name ("nguyen van hung" gives
-- "hung van nguyen"), as member.sort_key orders people.
create function member_name_order_key(folded text) returns text
    language sql immutable strict parallel safe
return case when cardinality(string_to_array(folded, ' ')) < 2 then folded
            else array_to_string((string_to_array(folded, ' '))[cardinality(string_to_array(folded, ' '))]
                                 || (string_to_array(folded, ' '))[2:cardinality(string_to_array(folded, ' ')) - 1]
                                 || (string_to_array(folded, ' '))[1], ' ') end;

-- Every folded name anyone has or had. Rows are never removed: a name nobody bears any more matches
-- nobody in member, and costs one row.
create table member_name (
    name_folded text primary key,
    order_key   text     not null collate "C",
    words       tsvector not null
);
create index member_name_words_idx on member_name using gin (words);

create function member_name_remember() returns trigger
    language plpgsql as $$
begin
    insert into member_name (name_folded, order_key, words)
    values (new.name_folded, member_name_order_key(new.name_folded), to_tsvector('simple', new.name_folded))
    on conflict (name_folded) do nothing;
    return null;
end $$;

create trigger member_name_remember after insert or update of name_folded on member
    for each row execute function member_name_remember();

-- Fills the dictionary from member after a load that ran with triggers off (session_replication_role = replica).
create function member_name_rebuild() returns bigint
    language sql as $$
    with added as (
        insert into member_name (name_folded, order_key, words)
        select f, member_name_order_key(f), to_tsvector('simple', f)
          from (select distinct name_folded as f from member) d
        on conflict (name_folded) do nothing
        returning 1)
    select count(*) from added
$$;

select member_name_rebuild();

-- The people of a name in the order shown (sort_key, id), the branch beside them so that a scope is
-- checked in the index alone.
create index member_name_sort_idx on member (name_folded, sort_key, id) include (unit_id);
drop index member_name_trgm_idx;
