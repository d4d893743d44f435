-- PostgreSQL: the PDCA history is append-only, as the audit log (V004): a change of a norm, an analysis or
-- an action adds a row; update, delete and truncate of these rows raise an error. A closed cycle, its
-- frozen figures and versions never change again.
create function pdca_append_only() returns trigger
language plpgsql
as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger norm_wijziging_append_only before update or delete on norm_wijziging
for each row execute function pdca_append_only();
create trigger norm_wijziging_no_truncate before truncate on norm_wijziging
for each statement execute function pdca_append_only();
create trigger cyclus_analyse_append_only before update or delete on cyclus_analyse
for each row execute function pdca_append_only();
create trigger cyclus_analyse_no_truncate before truncate on cyclus_analyse
for each statement execute function pdca_append_only();
create trigger actie_append_only before update or delete on actie
for each row execute function pdca_append_only();
create trigger actie_no_truncate before truncate on actie
for each statement execute function pdca_append_only();
create trigger actie_versie_append_only before update or delete on actie_versie
for each row execute function pdca_append_only();
create trigger actie_versie_no_truncate before truncate on actie_versie
for each statement execute function pdca_append_only();

create function pdca_closed_cyclus() returns trigger
language plpgsql
as $$
begin
    if tg_table_name = 'cyclus' then
        if old.status = 'gesloten' then
            raise exception 'a closed cyclus does not change';
        end if;
    elsif (select status from cyclus where code = old.cyclus) = 'gesloten' then
        raise exception 'a closed cyclus does not change';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger cyclus_closed before update or delete on cyclus
for each row execute function pdca_closed_cyclus();
create trigger cyclus_waarde_closed before update or delete on cyclus_waarde
for each row execute function pdca_closed_cyclus();
create trigger cyclus_bron_versie_closed before update or delete on cyclus_bron_versie
for each row execute function pdca_closed_cyclus();
