-- SQLite: the audit log is append-only; an update or delete aborts its statement. (A delete of every
-- row does not bypass this: SQLite's truncate optimisation is off for tables with delete triggers.)
create trigger audit_log_no_update before update on audit_log
begin
    select raise(abort, 'audit_log is append-only');
end;

create trigger audit_log_no_delete before delete on audit_log
begin
    select raise(abort, 'audit_log is append-only');
end;
