-- What one SWV's publication holds of a national one: the scope of every serving table, declared once, here.
-- Run on the SWV's freshly migrated database with the national publication attached read-only as `landelijk` and
-- the SWV's code in the variable `swv`. Every serving table has exactly one `insert into` below (SwvScopeTest holds
-- this list to the migrated schema, so a new table without a scope fails the build); `publication` is filled by the
-- publisher. A statement per line group, ended by a semicolon at the end of a line.
--
-- Scopes: `landelijk` copies the table whole (the catalog, the run's data tests, the comparison of all SWVs);
-- `gebied` keeps the rows of the SWV's areas (swv_gebied); `bestand` keeps the SWV's own files (delivered in
-- inbox/<SWV>/…) and the national files (every file not in an SWV's folder, e.g. DUO's landelijke bestanden).

-- the SWV's areas per level: what gebied_hierarchie places in the SWV, the besturen of its vestigingen (a bestuur
-- has no SWV; its figures are the bestuur's in the whole lake), and each of its gemeenten as a stadsdeel (a gemeente
-- without stadsdelen stands in for its stadsdeel in kpi_values and dekkend_matrix)
create temp table swv_gebied as
select
    h.niveau,
    h.gebied
from landelijk.gebied_hierarchie as h
where h.swv_code = getvariable('swv')
union
select
    'bestuur' as niveau,
    h.bestuur_code as gebied
from landelijk.gebied_hierarchie as h
where h.niveau = 'vestiging' and h.swv_code = getvariable('swv') and h.bestuur_code is not null
union
select
    'stadsdeel' as niveau,
    h.gebied
from landelijk.gebied_hierarchie as h
where h.niveau = 'gemeente' and h.swv_code = getvariable('swv');

-- the SWV's own files and the national ones
create temp table swv_bestand as
select f.bestand
from landelijk.file_loads as f
where
    starts_with(f.bestand, getvariable('swv') || '/')
    or not regexp_matches(f.bestand, '^(PO|VO)[0-9]{4}/');

-- data_test_results: landelijk (the run's data tests; a run with a failing test is never published, so no row
-- shows failing rows of another SWV)
insert into data_test_results by name
select * from landelijk.data_test_results;

-- dekkend_matrix: gebied (its own swv_code)
insert into dekkend_matrix by name
select * from landelijk.dekkend_matrix as m
where m.swv_code = getvariable('swv');

-- eigen_swv: the SWV itself, known from the folder it delivered its files in
insert into eigen_swv (swv_code, bepaald_uit)
values (getvariable('swv'), 'aanlevering');

-- file_loads: bestand
insert into file_loads by name
select * from landelijk.file_loads as f
where f.bestand in (select swv_bestand.bestand from swv_bestand);

-- gebied_hierarchie: gebied
insert into gebied_hierarchie by name
select * from landelijk.gebied_hierarchie as h
where exists (select 1 from swv_gebied as g where g.niveau = h.niveau and g.gebied = h.gebied);

-- kpi_definitions: landelijk
insert into kpi_definitions by name
select * from landelijk.kpi_definitions;

-- kpi_national: landelijk
insert into kpi_national by name
select * from landelijk.kpi_national;

-- kpi_niveaus: landelijk
insert into kpi_niveaus by name
select * from landelijk.kpi_niveaus;

-- kpi_norms: landelijk (the catalog's norms; the SWV's own norms are in its app database)
insert into kpi_norms by name
select * from landelijk.kpi_norms;

-- kpi_onderdrukking: landelijk
insert into kpi_onderdrukking by name
select * from landelijk.kpi_onderdrukking;

-- kpi_survival: gebied
insert into kpi_survival by name
select * from landelijk.kpi_survival as k
where exists (select 1 from swv_gebied as g where g.niveau = k.niveau and g.gebied = k.gebied);

-- kpi_themas: landelijk
insert into kpi_themas by name
select * from landelijk.kpi_themas;

-- kpi_values: gebied, plus the totals of every SWV that swv_vergelijking compares (the privacy layer decides an
-- SWV's cell of the comparison, and the landelijk figure made of them, from these rows)
insert into kpi_values by name
select * from landelijk.kpi_values as v
where
    exists (select 1 from swv_gebied as g where g.niveau = v.niveau and g.gebied = v.gebied)
    or (
        v.niveau = 'swv'
        and v.uitsplitsing = ''
        and exists (
            select 1 from landelijk.swv_vergelijking as c
            where c.indicator = v.indicator and c.periode = v.periode and c.swv_code = v.gebied
        )
    );

-- lake_versions: landelijk (the Delta versions the run read)
insert into lake_versions by name
select * from landelijk.lake_versions;

-- leerlingstromen: gebied, at either end (the pupils of the SWV's areas going to school elsewhere and the pupils
-- from elsewhere at its schools: both belong to its thuisnabijheid; a flow between two other areas does not)
insert into leerlingstromen by name
select * from landelijk.leerlingstromen as s
where exists (
    select 1 from swv_gebied as g
    where g.niveau = s.niveau and (g.gebied = s.van_gebied or g.gebied = s.naar_gebied)
);

-- quarantine_reasons: bestand
insert into quarantine_reasons by name
select * from landelijk.quarantine_reasons as q
where q.bestand in (select swv_bestand.bestand from swv_bestand);

-- source_status: bestand, counted again over the SWV's files (one row per source as in the lake): present when one
-- of its files was loaded; rows loaded are the files' rows that count (a DUO file of one line per school counts one
-- row per line here, where the lake counts one per period); the newest period is the lake's
insert into source_status by name
select
    s.bron,
    coalesce(f.bestanden, 0) > 0 and s.aanwezig as aanwezig,
    coalesce(f.bestanden, 0) as bestanden,
    coalesce(f.rijen_geladen, 0) as rijen_geladen,
    coalesce(q.rijen_quarantaine, 0) as rijen_quarantaine,
    f.laatste_lading,
    s.nieuwste_periode
from landelijk.source_status as s
left join (
    select
        l.bron,
        count(*) filter (where l.status <> 'afgewezen') as bestanden,
        sum(l.rijen - l.quarantaine) filter (where l.status <> 'afgewezen') as rijen_geladen,
        max(l.geladen_op) as laatste_lading
    from landelijk.file_loads as l
    where l.bestand in (select swv_bestand.bestand from swv_bestand)
    group by l.bron
) as f on s.bron = f.bron
left join (
    select
        r.bron,
        sum(r.aantal) as rijen_quarantaine
    from landelijk.quarantine_reasons as r
    where r.bestand in (select swv_bestand.bestand from swv_bestand)
    group by r.bron
) as q on s.bron = q.bron;

-- swv_vergelijking: landelijk (every SWV of DUO's per-SWV file: the comparison)
insert into swv_vergelijking by name
select * from landelijk.swv_vergelijking;

-- thuisnabij_afstanden: gebied
insert into thuisnabij_afstanden by name
select * from landelijk.thuisnabij_afstanden as t
where exists (select 1 from swv_gebied as g where g.niveau = t.niveau and g.gebied = t.gebied);

-- vestiging_herkomst: gebied, by the vestiging
insert into vestiging_herkomst by name
select * from landelijk.vestiging_herkomst as o
where exists (select 1 from swv_gebied as g where g.niveau = 'vestiging' and g.gebied = o.vestiging);
