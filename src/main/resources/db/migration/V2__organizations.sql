-- The organization tree with its history. Every interval is half-open [valid_from, valid_to);
-- 'infinity' marks what still holds, so "as of a date" is two comparisons an index can serve.

create table org_unit (
    id              bigint generated always as identity primary key,
    code            varchar(32)  not null,
    type            varchar(32)  not null,
    established_on  date         not null,
    dissolved_on    date         not null default 'infinity',
    -- today's name and superior, kept in step with the history tables for fast current lookups
    name            text         not null,
    name_folded     text         not null,
    parent_id       bigint references org_unit (id),
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    constraint org_unit_code_unique unique (code),
    constraint org_unit_lifespan check (dissolved_on > established_on)
);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_name_trgm_idx on org_unit using gin (name_folded gin_trgm_ops);

create table org_unit_name (
    unit_id     bigint not null references org_unit (id),
    valid_from  date   not null,
    valid_to    date   not null default 'infinity',
    name        text   not null,
    name_folded text   not null,
    primary key (unit_id, valid_from),
    constraint org_unit_name_interval check (valid_to > valid_from)
);
create index org_unit_name_history_trgm_idx on org_unit_name using gin (name_folded gin_trgm_ops);

-- Which superior a unit stood under, and when.
create table org_unit_link (
    unit_id     bigint not null references org_unit (id),
    parent_id   bigint not null references org_unit (id),
    valid_from  date   not null,
    valid_to    date   not null default 'infinity',
    primary key (unit_id, valid_from),
    constraint org_unit_link_interval check (valid_to > valid_from)
);
create index org_unit_link_parent_idx on org_unit_link (parent_id, valid_from, valid_to);

-- The temporal closure of org_unit_link: every (ancestor, descendant) pair with the interval in
-- which it held, the unit itself included at depth 0. Derived from org_unit_link and rebuilt
-- for the affected subtree on every structural change, so subtree questions at any date are one
-- index range scan, at national scale too.
create table org_unit_ancestry (
    ancestor_id     bigint      not null references org_unit (id),
    descendant_id   bigint      not null references org_unit (id),
    depth           integer     not null,
    valid_from      date        not null,
    valid_to        date        not null,
    descendant_type varchar(32) not null,
    primary key (ancestor_id, descendant_id, valid_from),
    constraint org_unit_ancestry_interval check (valid_to > valid_from)
);
create index org_unit_ancestry_subtree_idx
    on org_unit_ancestry (ancestor_id, valid_from, valid_to) include (descendant_id, descendant_type, depth);
create index org_unit_ancestry_descendant_idx on org_unit_ancestry (descendant_id, valid_from);

-- The dated structural events, as the unit's timeline shows them.
create table org_unit_event (
    id              bigint generated always as identity primary key,
    unit_id         bigint      not null references org_unit (id),
    kind            varchar(32) not null,
    occurred_on     date        not null,
    from_unit_id    bigint references org_unit (id),
    to_unit_id      bigint references org_unit (id),
    old_name        text,
    new_name        text,
    decision        text,
    note            text,
    recorded_at     timestamptz not null default now()
);
create index org_unit_event_unit_idx on org_unit_event (unit_id, occurred_on);
create index org_unit_event_from_idx on org_unit_event (from_unit_id, occurred_on) where from_unit_id is not null;
create index org_unit_event_to_idx on org_unit_event (to_unit_id, occurred_on) where to_unit_id is not null;
create index org_unit_event_kind_idx on org_unit_event (kind, occurred_on);

-- Terms (nhiệm kỳ), each opened by a numbered congress.
create table org_term (
    id              bigint generated always as identity primary key,
    unit_id         bigint      not null references org_unit (id),
    congress_number integer     not null,
    congress_on     date        not null,
    start_year      integer     not null,
    end_year        integer     not null,
    created_at      timestamptz not null default now(),
    constraint org_term_years check (end_year > start_year),
    constraint org_term_congress_number check (congress_number between 1 and 3999),
    constraint org_term_number_unique unique (unit_id, congress_number)
);
create index org_term_unit_idx on org_term (unit_id, start_year);
