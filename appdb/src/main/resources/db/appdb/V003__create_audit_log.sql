-- The audit log: who did what, when, from where. Append-only: V004 (one per database, in
-- db/appdb-sqlite and db/appdb-postgresql) makes every update or delete fail. gebruiker is a name,
-- not a reference, so the log outlives the accounts it mentions.
create table audit_log (
    id ${id},
    tijdstip ${timestamp} not null,
    gebruiker varchar(200) not null,
    actie varchar(64) not null,
    onderwerp varchar(2000),
    adres varchar(100)
);

create index audit_log_tijdstip on audit_log (tijdstip);
create index audit_log_gebruiker on audit_log (gebruiker, tijdstip);
