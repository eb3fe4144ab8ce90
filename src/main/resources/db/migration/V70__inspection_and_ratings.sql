-- Inspection and supervision (kiểm tra, giám sát): plans, cases, discipline of organizations and
-- reviews of members short of discipline. Discipline of members is a member event (V3), not here.
create table inspection_plan (
    id          bigint generated always as identity primary key,
    unit_id     bigint      not null references org_unit (id),
    year        integer     not null check (year between 1930 and 2200),
    title       text        not null,
    items       text        not null default '',
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index inspection_plan_unit_idx on inspection_plan (unit_id, year);

create table inspection_case (
    id                bigint generated always as identity primary key,
    -- the committee that inspects or supervises; cases count in its subtrees
    unit_id           bigint      not null references org_unit (id),
    plan_id           bigint references inspection_plan (id),
    kind              varchar(16) not null check (kind in ('INSPECTION', 'SUPERVISION')),
    basis             varchar(24) not null check (basis in ('REGULAR', 'THEMATIC', 'SIGNS_OF_VIOLATION')),
    subject_unit_id   bigint references org_unit (id),
    subject_member_id bigint references member (id),
    subject_name      text        not null,
    period_from       date,
    period_to         date,
    started_on        date        not null,
    concluded_on      date,
    conclusion        text,
    recorded_by       text        not null,
    recorded_at       timestamptz not null default now(),
    constraint inspection_case_subject check ((subject_unit_id is null) <> (subject_member_id is null)),
    constraint inspection_case_period check (period_to is null or period_from is null or period_to >= period_from),
    constraint inspection_case_dates check (concluded_on is null or concluded_on >= started_on)
);
create index inspection_case_unit_idx on inspection_case (unit_id, concluded_on);

create table unit_discipline (
    id                 bigint generated always as identity primary key,
    unit_id            bigint      not null references org_unit (id),
    decided_by_unit_id bigint      not null references org_unit (id),
    form               varchar(16) not null check (form in ('REPRIMAND', 'WARNING', 'DISSOLUTION')),
    decision_number    text        not null,
    decided_on         date        not null,
    effective_on       date        not null,
    reason             text        not null,
    case_id            bigint references inspection_case (id),
    recorded_by        text        not null,
    recorded_at        timestamptz not null default now(),
    constraint unit_discipline_dates check (effective_on >= decided_on)
);
create index unit_discipline_unit_idx on unit_discipline (unit_id, decided_on);

-- Kiểm điểm rút kinh nghiệm: counted in the branch the member stood in on the day.
create table member_review (
    id          bigint generated always as identity primary key,
    member_id   bigint      not null references member (id),
    unit_id     bigint      not null references org_unit (id),
    reviewed_on date        not null,
    decided_by  text        not null,
    reason      text        not null,
    case_id     bigint references inspection_case (id),
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index member_review_unit_idx on member_review (unit_id, reviewed_on);

-- Ratings (đánh giá, xếp loại; Quy định 366-QĐ/TW): one live rating per subject and period.
create table rating (
    id                 bigint generated always as identity primary key,
    member_id          bigint references member (id),
    subject_unit_id    bigint references org_unit (id),
    -- where the rating counts: the member's branch, or the organization itself
    unit_id            bigint      not null references org_unit (id),
    period_kind        varchar(8)  not null check (period_kind in ('YEAR', 'QUARTER', 'TERM')),
    period_from        date        not null,
    period_to          date        not null,
    level              varchar(12) not null check (level in ('EXCELLENT', 'GOOD', 'COMPLETED', 'FAILED')),
    state              varchar(10) not null check (state in ('DRAFT', 'DECIDED', 'ANNULLED')),
    decided_by_unit_id bigint references org_unit (id),
    decided_by         text,
    decided_at         timestamptz,
    annulled_by        text,
    annulled_at        timestamptz,
    annul_reason       text,
    recorded_by        text        not null,
    recorded_at        timestamptz not null default now(),
    constraint rating_subject check ((member_id is null) <> (subject_unit_id is null)),
    constraint rating_period check (period_to >= period_from)
);
create unique index rating_member_live_idx on rating (member_id, period_kind, period_from)
    where member_id is not null and state <> 'ANNULLED';
create unique index rating_unit_live_idx on rating (subject_unit_id, period_kind, period_from)
    where subject_unit_id is not null and state <> 'ANNULLED';
create index rating_count_idx on rating (unit_id, period_to) where state = 'DECIDED';
