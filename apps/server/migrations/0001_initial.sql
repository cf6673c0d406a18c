-- fengong serve, schema version 1. Nothing is ever deleted: entries are corrected by newer entries
-- (supersedes), sessions end by `ended_at`, tokens are spent by `used_at`.

create table plans (
  id text primary key,           -- planId: the document number (文号), else the title
  title text not null,
  file text not null,
  loaded_at timestamptz not null default now()
);

create table people (
  id text primary key,
  role text not null check (role in ('office', 'unit')),
  plan text,                     -- a unit's person belongs to one plan's unit
  unit text,
  name text not null,
  created_at timestamptz not null default now(),
  check ((role = 'office') = (unit is null))
);

-- One-time sign-in links: only the SHA-256 of the token is kept.
create table tokens (
  hash text primary key,
  person text not null references people (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

-- Sessions: only the SHA-256 of the cookie's value is kept.
create table sessions (
  hash text primary key,
  person text not null references people (id),
  csrf text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz
);

-- Progress entries (进展记录), append-only; `entry` is core's LedgerEntry as recorded.
create table entries (
  seq bigserial primary key,
  id text not null unique,
  plan text not null references plans (id),
  task integer not null,
  unit text not null,
  person text references people (id),
  recorded_at timestamptz not null,
  entry jsonb not null
);
create index entries_plan_seq on entries (plan, seq);

-- A lead unit's 汇总报送 (summary report to the office), a recorded act.
create table submissions (
  seq bigserial primary key,
  id text not null unique,
  plan text not null references plans (id),
  unit text not null,
  person text not null references people (id),
  at timestamptz not null default now(),
  tasks jsonb not null,
  note text
);

-- The office's reminders (催办) to a unit.
create table reminders (
  seq bigserial primary key,
  id text not null unique,
  plan text not null references plans (id),
  unit text not null,
  person text not null references people (id),
  at timestamptz not null default now(),
  tasks jsonb not null,
  note text
);

-- Every write and every sign-in.
create table audit (
  seq bigserial primary key,
  at timestamptz not null default now(),
  person text,
  action text not null,
  plan text,
  detail jsonb not null default '{}',
  ip text
);
