-- Branch meetings (sinh hoạt chi bộ) with attendance per member, and conferences (hội nghị) of any unit.

create table branch_meeting (
    id           bigint generated always as identity primary key,
    unit_id      bigint      not null references org_unit (id),
    held_on      date        not null,
    -- the first day of held_on's month, for the one-monthly-meeting-a-month rule
    month_start  date        not null,
    kind         varchar(16) not null check (kind in ('MONTHLY', 'THEMED')),
    theme        text,
    place        text,
    chair        text,
    recorded_at  timestamptz not null default now(),
    constraint branch_meeting_month check (month_start = date_trunc('month', held_on)::date)
);
create unique index branch_meeting_monthly_unique on branch_meeting (unit_id, month_start) where kind = 'MONTHLY';
create index branch_meeting_unit_idx on branch_meeting (unit_id, held_on);
create index branch_meeting_day_idx on branch_meeting (held_on, kind);

-- One row per member expected (or exempted) on the meeting's day.
create table meeting_attendance (
    meeting_id   bigint      not null references branch_meeting (id) on delete cascade,
    member_id    bigint      not null references member (id),
    presence     varchar(16) not null check (presence in ('PRESENT', 'EXCUSED', 'UNEXCUSED', 'EXEMPT')),
    reason       text,
    primary key (meeting_id, member_id),
    constraint meeting_attendance_reason check (presence = 'EXCUSED' or reason is null)
);
create index meeting_attendance_member_idx on meeting_attendance (member_id, presence);

create table conference (
    id               bigint generated always as identity primary key,
    unit_id          bigint      not null references org_unit (id),
    kind             varchar(32) not null,
    held_on          date        not null,
    title            text,
    place            text,
    presiding        text,
    -- entered as numbers when attendees are not recorded one by one
    attendees_count  integer check (attendees_count >= 0),
    branches_count   integer check (branches_count >= 0),
    documents        text[]      not null default '{}',
    minutes          text,
    recorded_at      timestamptz not null default now()
);
create index conference_unit_idx on conference (unit_id, held_on);
create index conference_day_idx on conference (held_on);

create table conference_guest (
    conference_id bigint  not null references conference (id) on delete cascade,
    seq           integer not null,
    name          text    not null,
    title         text,
    primary key (conference_id, seq)
);

-- Attendees recorded one by one, with the branch each was counted in on the day.
create table conference_attendee (
    conference_id bigint not null references conference (id) on delete cascade,
    member_id     bigint not null references member (id),
    branch_id     bigint not null references org_unit (id),
    primary key (conference_id, member_id)
);

create table conference_file (
    id            bigint generated always as identity primary key,
    conference_id bigint       not null references conference (id) on delete cascade,
    file_name     text         not null,
    content_type  varchar(100) not null,
    size_bytes    integer      not null,
    content       bytea        not null
);
create index conference_file_conference_idx on conference_file (conference_id);
