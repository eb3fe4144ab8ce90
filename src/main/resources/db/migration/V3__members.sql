-- Member records. The events are the record of truth; member and member_period are projections of
-- them, rewritten for one member in the same transaction as each event, so they are never stale.

create table member (
    id                bigint generated always as identity primary key,
    full_name         text        not null,
    name_folded       text        not null,
    -- ICU collation key of "given middle family" (Vietnamese order), compared bytewise
    sort_key          bytea       not null,
    sex               varchar(6)  not null check (sex in ('MALE', 'FEMALE')),
    birth_date        date        not null,
    ethnicity         text,
    religion          text,
    hometown          text,
    address           text,
    identity_number   varchar(12),
    education         text,
    theory_level      text,
    occupation        text,
    workplace         text,
    party_card_number varchar(20),
    phone             text,
    email             text,
    -- projection of the events
    status            varchar(16) not null,
    unit_id           bigint      not null references org_unit (id),
    host_unit_id      bigint references org_unit (id),
    exempt            boolean     not null default false,
    admitted_on       date,
    ceremony_on       date,
    probation_ends_on date,
    candidate_since   date,
    certificate_on    date,
    branch_vote_on    date,
    -- party age on a day d is the period from party_age_from to d (interruptions already added back)
    party_age_from    date,
    badges            integer[]   not null default '{}',
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           integer     not null default 0
);
create unique index member_identity_unique on member (identity_number) where identity_number is not null;
create index member_unit_sort_idx on member (unit_id, sort_key, id);
create index member_name_trgm_idx on member using gin (name_folded gin_trgm_ops);
create index member_status_idx on member (status);
create index member_probation_idx on member (probation_ends_on) where probation_ends_on is not null;
create index member_candidate_idx on member (candidate_since) where status = 'CANDIDATE';
create index member_party_age_idx on member (party_age_from) where status = 'OFFICIAL';

create table member_event (
    id           bigint generated always as identity primary key,
    member_id    bigint      not null references member (id),
    seq          integer     not null,
    kind         varchar(40) not null,
    occurred_on  date        not null,
    unit_id      bigint references org_unit (id),
    payload      jsonb       not null,
    recorded_at  timestamptz not null default now(),
    constraint member_event_seq_unique unique (member_id, seq)
);
create index member_event_kind_idx on member_event (kind, occurred_on);
create index member_event_unit_idx on member_event (unit_id, occurred_on) where unit_id is not null;

-- Status and branch over time: [valid_from, valid_to), 'infinity' while it lasts.
create table member_period (
    member_id    bigint      not null references member (id),
    valid_from   date        not null,
    valid_to     date        not null,
    status       varchar(16) not null,
    unit_id      bigint      not null references org_unit (id),
    host_unit_id bigint references org_unit (id),
    exempt       boolean     not null,
    primary key (member_id, valid_from),
    constraint member_period_interval check (valid_to > valid_from)
);
create index member_period_unit_idx on member_period (unit_id, valid_from, valid_to) include (status, member_id);
