-- A superior's request for reports (e.g. "Hướng dẫn số 05 ngày 21/11/2017"): the period, the deadline
-- and the subordinates asked; each subordinate's submitted draft is locked until returned.
create table report_request (
    id           bigint generated always as identity primary key,
    unit_id      bigint      not null references org_unit (id),
    document     text        not null,
    issued_on    date        not null,
    kind         varchar(16) not null,
    period_from  date        not null,
    period_to    date        not null,
    deadline     date        not null,
    created_at   timestamptz not null,
    constraint report_request_period check (period_from <= period_to),
    constraint report_request_deadline check (deadline >= issued_on)
);
create index report_request_unit_idx on report_request (unit_id, issued_on desc);

create table report_request_unit (
    request_id   bigint      not null references report_request (id),
    unit_id      bigint      not null references org_unit (id),
    draft_id     bigint references report_draft (id),
    submitted_at timestamptz,
    returned_at  timestamptz,
    comment      text,
    primary key (request_id, unit_id)
);
create index report_request_unit_unit_idx on report_request_unit (unit_id);
