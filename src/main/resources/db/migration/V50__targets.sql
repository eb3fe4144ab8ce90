-- Term resolutions (nghị quyết đại hội) and their numbered targets (chỉ tiêu); the values a committee
-- enters by hand; and how each committee reads progress (its bands, its summary line, its rounding).

create table target_resolution (
    id          bigint generated always as identity primary key,
    unit_id     bigint      not null references org_unit (id),
    term_id     bigint      not null references org_term (id),
    title       text        not null,
    adopted_on  date        not null,
    created_at  timestamptz not null default now(),
    version     integer     not null default 0,
    -- a congress adopts one resolution for its term
    constraint target_resolution_term_unique unique (term_id)
);
create index target_resolution_unit_idx on target_resolution (unit_id);

create table target (
    id               bigint generated always as identity primary key,
    resolution_id    bigint         not null references target_resolution (id),
    number           integer        not null,
    title            text           not null,
    quantity         varchar(16)    not null check (quantity in ('COUNT', 'PERCENT', 'MONEY', 'OTHER')),
    unit_label       text,
    direction        varchar(8)     not null check (direction in ('MORE', 'LESS')),
    scope            varchar(8)     not null check (scope in ('TERM', 'YEAR')),
    goal             numeric(20, 4) not null,
    -- when set, goal is a percentage of this stock measure at the start of the scope's period
    baseline_measure varchar(64),
    -- a catalog measure, or null when the value is entered by hand (manual_kind says how entries add up)
    measure          varchar(64),
    manual_kind      varchar(8) check (manual_kind in ('FLOW', 'STOCK')),
    created_at       timestamptz    not null default now(),
    updated_at       timestamptz    not null default now(),
    version          integer        not null default 0,
    constraint target_number_unique unique (resolution_id, number),
    constraint target_measure_or_manual check ((measure is null) = (manual_kind is not null))
);
create index target_measure_idx on target (measure) where measure is not null;

-- A value entered by hand for the period it covers, with a note saying where it comes from.
create table target_manual_value (
    id          bigint generated always as identity primary key,
    target_id   bigint         not null references target (id),
    period_from date           not null,
    period_to   date           not null,
    value       numeric(20, 4) not null,
    note        text,
    entered_at  timestamptz    not null default now(),
    constraint target_manual_value_period check (period_to >= period_from)
);
create index target_manual_value_target_idx on target_manual_value (target_id, period_to);

-- A committee's way of reading progress; committees without a row use the defaults.
create table target_settings (
    unit_id        bigint        primary key references org_unit (id),
    reached_at     numeric(6, 2) not null,
    on_track_at    numeric(6, 2) not null,
    summary_bands  text          not null,
    percent_scale  integer       not null check (percent_scale between 0 and 2),
    rounding       varchar(16)   not null,
    updated_at     timestamptz   not null default now()
);

-- Structural flows (units received, dissolved) are found from the events' side.
create index org_unit_event_kind_unit_idx on org_unit_event (kind, occurred_on, to_unit_id, from_unit_id, unit_id);
