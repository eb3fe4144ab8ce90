-- Drafts of review reports: the document's fields and the narrative the committee writes.
-- Saved over the version read (updated_at), so concurrent edits are refused, not lost.
create table report_draft (
    id               bigint generated always as identity primary key,
    unit_id          bigint      not null references org_unit (id),
    kind             varchar(16) not null,
    period_from      date        not null,
    period_to        date        not null,
    number           integer,
    place            text,
    issued_on        date,
    superior_body    text,
    signer_name      text,
    signer_position  text,
    recipients       text,
    results          text,
    limitations      text,
    tasks            text,
    status           varchar(16) not null default 'DRAFT',
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    constraint report_draft_period check (period_from <= period_to),
    constraint report_draft_number check (number is null or number > 0),
    constraint report_draft_status check (status in ('DRAFT', 'SUBMITTED'))
);
create index report_draft_unit_idx on report_draft (unit_id, period_to desc);
