-- Shilu's shared programmes (issue 16). Each person logs in as a database user of their own; a
-- programme is seen and changed only by the users on its access list, enforced by the server with
-- row-level security, whatever a client asks.

create table programme (
    id uuid primary key,
    title text not null,
    header jsonb not null,
    roster jsonb not null,
    owner name not null default current_user,
    created_at timestamptz not null default now()
);

create table access (
    programme uuid not null references programme (id) on delete cascade,
    db_user name not null,
    role text not null check (role in ('operator', 'proofreader', 'publisher')),
    primary key (programme, db_user)
);

-- Every turn ever shared; a deleted one stays as deleted, so that a late change to it is seen as a
-- conflict, not lost. order_key sorts the turns (org.shilu.share.OrderKeys), byte by byte.
create table turn (
    programme uuid not null references programme (id) on delete cascade,
    id text not null,
    order_key text collate "C" not null,
    version integer not null check (version >= 1),
    speaker text not null,
    paragraphs jsonb not null,
    spoken_at timestamp,
    published_at timestamp,
    approved boolean not null default false,
    deleted boolean not null default false,
    seat text not null,
    primary key (programme, id)
);
-- Two seats that insert at the same place at once make the same key: the second is refused and
-- takes another, so that every seat sorts the turns alike.
create unique index turn_order on turn (programme, order_key);

-- The append-only log: one row for each change any seat made, in the order the server took them.
create table change (
    seq bigserial primary key,
    programme uuid not null references programme (id) on delete cascade,
    seat text not null,
    at timestamptz not null default now(),
    turn_id text,
    body jsonb not null
);
create index change_of_programme on change (programme, seq);

-- Whether the current database user is on the programme's access list, and whether they made it.
-- They run as the caller, under the policies below, which never call back into them in a circle:
-- a user sees only their own rows of the access list.
create function may_see(p uuid) returns boolean
    language sql stable
    as $$ select exists (select 1 from ${flyway:defaultSchema}.access a where a.programme = p and a.db_user = current_user) $$;

create function owns(p uuid) returns boolean
    language sql stable
    as $$ select exists (select 1 from ${flyway:defaultSchema}.programme g where g.id = p and g.owner = current_user) $$;

-- Each new row of the log wakes the seats listening on the programme's channel.
create function notify_change() returns trigger
    language plpgsql
    as $$ begin perform pg_notify('shilu_' || replace(new.programme::text, '-', ''), new.seq::text); return new; end $$;
create trigger change_notifies after insert on change for each row execute function notify_change();

alter table programme enable row level security;
alter table programme force row level security;
create policy programme_seen on programme for select using (owner = current_user or may_see(id));
create policy programme_made on programme for insert with check (owner = current_user);
create policy programme_changed on programme for update using (may_see(id)) with check (may_see(id));

alter table access enable row level security;
alter table access force row level security;
create policy access_seen on access for select using (db_user = current_user);
create policy access_given on access for insert with check (owns(programme));

alter table turn enable row level security;
alter table turn force row level security;
create policy turn_shared on turn for all using (may_see(programme)) with check (may_see(programme));

alter table change enable row level security;
alter table change force row level security;
create policy change_shared on change for all using (may_see(programme)) with check (may_see(programme));

grant usage on schema ${flyway:defaultSchema} to public;
grant select, insert, update on programme, access, turn, change to public;
grant usage on sequence change_seq_seq to public;
grant execute on function may_see(uuid), owns(uuid) to public;
