-- A national publication for the per-SWV bench, made from one SWV's publication (attached as `s`: the demo's PO9901,
-- as its own SWV publication gives it): every SWV of DUO's per-SWV file gets a copy of PO9901's areas, files and
-- figures under codes of its own (`WK990101-PO2704`); the catalog and the comparison once. Not a real national lake
-- (h15n's ingest makes that), but its size per SWV is the demo's, 77 times.
create temp table swvs as select distinct v.swv_code as c from s.swv_vergelijking as v;
create temp macro rl(x, c) as
    case when x is null or x = 'buiten' then x when x = 'PO9901' then c when c = 'PO9901' then x else x || '-' || c end;
insert into data_test_results select * from s.data_test_results;
insert into kpi_definitions select * from s.kpi_definitions;
insert into kpi_national select * from s.kpi_national;
insert into kpi_niveaus select * from s.kpi_niveaus;
insert into kpi_norms select * from s.kpi_norms;
insert into kpi_onderdrukking select * from s.kpi_onderdrukking;
insert into kpi_themas select * from s.kpi_themas;
insert into lake_versions select * from s.lake_versions;
insert into swv_vergelijking select * from s.swv_vergelijking;
insert into source_status select * from s.source_status;
insert into eigen_swv values ('PO9901', 'gebieden');
insert into gebied_hierarchie
select h.niveau, rl(h.gebied, c), h.gebied_naam, rl(h.wijk_code, c), rl(h.stadsdeel_code, c), rl(h.gemeente_code, c),
    rl(h.bestuur_code, c), rl(h.swv_code, c)
from s.gebied_hierarchie as h, swvs;
insert into kpi_values
select v.indicator, v.periode, v.niveau, rl(v.gebied, c), v.gebied_naam, v.uitsplitsing, v.teller, v.noemer, v.waarde,
    v.norm, v.status, v.onderdrukt
from s.kpi_values as v, swvs
where not (v.niveau = 'swv' and v.gebied <> 'PO9901');
insert into kpi_survival
select k.periode, k.niveau, rl(k.gebied, c), k.uitsplitsing, k.dag, k.plaatsingen, k.at_risk, k.events, k.censored,
    k.survival, k.onderdrukt
from s.kpi_survival as k, swvs;
insert into dekkend_matrix
select m.periode, rl(m.swv_code, c), rl(m.stadsdeel_code, c), m.stadsdeel_naam, m.is_stadsdeel,
    m.ondersteuningsbehoefte, m.capaciteit, m.bezetting, m.wachtlijst, m.vraag, m.tekort, m.signalering, m.onderdrukt
from s.dekkend_matrix as m, swvs;
insert into leerlingstromen
select l.periode, l.soort, l.niveau, rl(l.van_gebied, c), l.van_naam, rl(l.naar_gebied, c), l.naar_naam, l.leerlingen
from s.leerlingstromen as l, swvs;
insert into thuisnabij_afstanden
select t.periode, t.niveau, rl(t.gebied, c), t.soort, t.afstandsklasse, t.gebied_naam, t.klasse_volgorde, t.leerlingen
from s.thuisnabij_afstanden as t, swvs;
insert into vestiging_herkomst
select o.periode, rl(o.vestiging, c), rl(o.woon_wijk, c), o.vestiging_naam, o.soort, rl(o.school_wijk, c), o.latitude,
    o.longitude, o.woon_wijk_naam, o.leerlingen
from s.vestiging_herkomst as o, swvs;
insert into file_loads
select f.bron, c || '/' || f.bestand, f.status, f.rijen, f.geladen, f.quarantaine, f.melding, f.geladen_op
from s.file_loads as f, swvs;
insert into quarantine_reasons
select q.bron, c || '/' || q.bestand, q.kolom, q.reden, q.aantal, q.voorbeeld_rijen
from s.quarantine_reasons as q, swvs;
