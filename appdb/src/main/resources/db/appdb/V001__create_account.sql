-- Accounts of the dashboard, one role each; a gemeente account is bound to one or more gemeente codes,
-- a bestuur account to one or more bevoegd-gezagnummers. One set of migrations serves SQLite and
-- PostgreSQL: ${id} and ${timestamp} are the two types they spell differently (AppDatabase sets them);
-- everything else is SQL both accept. Timestamps are UTC instants.
create table account (
    id ${id},
    naam varchar(64) not null unique,
    rol varchar(32) not null check (
        rol in ('beheerder', 'analist', 'kwaliteitscommissie', 'ledenraad', 'gemeente', 'bestuur')
    ),
    wachtwoord_hash varchar(255) not null,
    aangemaakt_op ${timestamp} not null
);

create table account_gemeente (
    account_id bigint not null references account (id) on delete cascade,
    gemeente varchar(6) not null,
    primary key (account_id, gemeente)
);

create table account_bestuur (
    account_id bigint not null references account (id) on delete cascade,
    bestuur varchar(5) not null,
    primary key (account_id, bestuur)
);
