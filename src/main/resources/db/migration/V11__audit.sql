-- The audit log: every change, every export of personal data, every masked field shown in clear.
-- Append-only: the trigger below refuses UPDATE, DELETE and TRUNCATE, whoever asks.

create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor_id    bigint,
    actor_name  varchar(64) not null,
    channel     varchar(8)  not null,
    ip          varchar(64),
    action      varchar(48) not null,
    record_type varchar(48) not null,
    record_id   varchar(64),
    -- the units the entry concerns: a viewer sees it only when all of them lie within their scope
    unit_ids    bigint[]    not null default '{}',
    before      jsonb,
    after       jsonb
);
create index audit_entry_at_idx on audit_entry (at desc, id desc);
create index audit_entry_record_idx on audit_entry (record_type, record_id);
create index audit_entry_actor_idx on audit_entry (actor_id, at desc);
create index audit_entry_units_idx on audit_entry using gin (unit_ids);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
