-- SQLite: the PDCA history is append-only, as the audit log (V004): a change of a norm, an analysis or an
-- action adds a row; an update or delete of one of these rows aborts its statement.
create trigger norm_wijziging_no_update before update on norm_wijziging
begin
    select raise(abort, 'norm_wijziging is append-only');
end;
create trigger norm_wijziging_no_delete before delete on norm_wijziging
begin
    select raise(abort, 'norm_wijziging is append-only');
end;
create trigger cyclus_analyse_no_update before update on cyclus_analyse
begin
    select raise(abort, 'cyclus_analyse is append-only');
end;
create trigger cyclus_analyse_no_delete before delete on cyclus_analyse
begin
    select raise(abort, 'cyclus_analyse is append-only');
end;
create trigger actie_no_update before update on actie
begin
    select raise(abort, 'actie is append-only');
end;
create trigger actie_no_delete before delete on actie
begin
    select raise(abort, 'actie is append-only');
end;
create trigger actie_versie_no_update before update on actie_versie
begin
    select raise(abort, 'actie_versie is append-only');
end;
create trigger actie_versie_no_delete before delete on actie_versie
begin
    select raise(abort, 'actie_versie is append-only');
end;
-- a closed cycle never changes again: neither its row nor its frozen figures and versions
create trigger cyclus_closed_no_update before update on cyclus
when old.status = 'gesloten'
begin
    select raise(abort, 'a closed cyclus does not change');
end;
create trigger cyclus_closed_no_delete before delete on cyclus
when old.status = 'gesloten'
begin
    select raise(abort, 'a closed cyclus does not change');
end;
create trigger cyclus_waarde_closed_no_change before delete on cyclus_waarde
when (select status from cyclus where code = old.cyclus) = 'gesloten'
begin
    select raise(abort, 'a closed cyclus does not change');
end;
create trigger cyclus_waarde_closed_no_update before update on cyclus_waarde
when (select status from cyclus where code = old.cyclus) = 'gesloten'
begin
    select raise(abort, 'a closed cyclus does not change');
end;
create trigger cyclus_bron_versie_closed_no_delete before delete on cyclus_bron_versie
when (select status from cyclus where code = old.cyclus) = 'gesloten'
begin
    select raise(abort, 'a closed cyclus does not change');
end;
create trigger cyclus_bron_versie_closed_no_update before update on cyclus_bron_versie
when (select status from cyclus where code = old.cyclus) = 'gesloten'
begin
    select raise(abort, 'a closed cyclus does not change');
end;
