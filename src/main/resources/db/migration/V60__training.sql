-- Training classes (lớp bồi dưỡng, học tập nghị quyết) organized by a unit, and the people enrolled
-- in them with their attendance, completion and certificate. A class counts in the subtrees its
-- organizing unit stood in on its end date (see TrainingMeasures).
create table training_class (
    id           bigint generated always as identity primary key,
    unit_id      bigint      not null references org_unit (id),
    kind         varchar(16) not null check (kind in ('AWARENESS', 'NEW_MEMBERS', 'RESOLUTION', 'THEORY', 'OTHER')),
    title        text        not null,
    -- the resolution studied, as written: "Nghị quyết Trung ương 4, 5, 6 (khóa XII)"; a campaign groups by it
    subject      text,
    co_organizer text,
    starts_on    date        not null,
    ends_on      date        not null,
    place        text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint training_class_dates check (ends_on >= starts_on)
);
create index training_class_unit_idx on training_class (unit_id, ends_on);
create index training_class_end_idx on training_class (ends_on, unit_id);

create table training_enrolment (
    class_id           bigint  not null references training_class (id),
    member_id          bigint  not null references member (id),
    attended           boolean not null default false,
    completed          boolean not null default false,
    certificate_number text,
    primary key (class_id, member_id),
    constraint training_enrolment_completion check (attended or not completed)
);
create index training_enrolment_member_idx on training_enrolment (member_id);
