-- PostgreSQL: the audit log is append-only; update, delete and truncate raise an error, also for the
-- table's owner (a trigger, not a grant, so it holds whatever role the deployment connects as).
create function audit_log_append_only() returns trigger
language plpgsql
as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_no_update_or_delete before update or delete on audit_log
for each row execute function audit_log_append_only();

create trigger audit_log_no_truncate before truncate on audit_log
for each statement execute function audit_log_append_only();
