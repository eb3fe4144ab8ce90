-- Accounts, their role–unit grants and their personal access tokens.

create table account (
    id                   bigint generated always as identity primary key,
    username             varchar(64) not null,
    display_name         text        not null,
    password_hash        text        not null,
    must_change_password boolean     not null default false,
    enabled              boolean     not null default true,
    -- consecutive failed sign-ins since the last success, and until when the account is locked
    failed_sign_ins      integer     not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz,
    last_sign_in_at      timestamptz,
    version              integer     not null default 0
);
create unique index account_username_unique on account (lower(username));

-- A role over a unit and everything under it; a system administrator's grant has no unit.
create table account_grant (
    account_id bigint      not null references account (id),
    role       varchar(32) not null,
    unit_id    bigint references org_unit (id),
    created_at timestamptz not null default now(),
    constraint account_grant_unit check ((role = 'SYSTEM_ADMIN') = (unit_id is null))
);
create unique index account_grant_unique on account_grant (account_id, role, coalesce(unit_id, 0));
create index account_grant_unit_idx on account_grant (unit_id);

-- Only a SHA-256 of the token is kept: the token itself is shown once, when it is created.
create table access_token (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references account (id),
    name         text        not null,
    token_hash   bytea       not null,
    prefix       varchar(16) not null,
    created_at   timestamptz not null default now(),
    expires_on   date,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint access_token_hash_unique unique (token_hash)
);
create index access_token_account_idx on access_token (account_id);
