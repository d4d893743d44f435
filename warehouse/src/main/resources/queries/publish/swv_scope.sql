-- What each SWV's publication holds of a national one: the scope of every serving table, declared once, here.
-- Run with the national publication attached read-only as `landelijk` and the SWVs at hand in the temp table
-- `swvs (swv)`. Every serving table has exactly one `insert into <table> by name <select>` below (SwvScopeTest holds
-- this list to the migrated schema, so a new table without a scope fails the build); `publication` is filled by the
-- publisher. A select with a column `swv` gives each SWV's rows at once, that column naming the SWV (SwvPublisher
-- keeps one SWV's rows and drops the column); a select without one goes whole to every SWV. The same selects give
-- each SWV's digest (SwvDigest). A statement per line group, ended by a semicolon at the end of a line.
--
-- Scopes: `landelijk` copies the table whole (the catalog, the run's data tests, the comparison of all SWVs);
-- `gebied` keeps the rows of the SWV's areas (swv_gebied); `bestand` keeps the SWV's own files (delivered in
-- inbox/<SWV>/…) and the national files (every file not in an SWV's folder, e.g. DUO's landelijke bestanden).

-- the SWV's areas per level: what gebied_hierarchie places in the SWV, the besturen of its vestigingen (a bestuur
-- has no SWV; its figures are the bestuur's in the whole lake), and each of its gemeenten as a stadsdeel (a gemeente
-- without stadsdelen stands in for its stadsdeel in kpi_values and dekkend_matrix)
create temp table swv_gebied as
select
    h.swv_code as swv,
    h.niveau,
    h.gebied
from landelijk.gebied_hierarchie as h
where h.swv_code in (select swvs.swv from swvs)
union
select
    h.swv_code as swv,
    'bestuur' as niveau,
    h.bestuur_code as gebied
from landelijk.gebied_hierarchie as h
where h.niveau = 'vestiging' and h.swv_code in (select swvs.swv from swvs) and h.bestuur_code is not null
union
select
    h.swv_code as swv,
    'stadsdeel' as niveau,
    h.gebied
from landelijk.gebied_hierarchie as h
where h.niveau = 'gemeente' and h.swv_code in (select swvs.swv from swvs);

-- the SWV's own files and the national ones
create temp table swv_bestand as
select
    s.swv,
    f.bestand
from landelijk.file_loads as f
inner join swvs as s
    on
        starts_with(f.bestand, s.swv || '/')
        or not regexp_matches(f.bestand, '^(PO|VO)[0-9]{4}/');

-- data_test_results: landelijk (the run's data tests; a run with a failing test is never published, so no row
-- shows failing rows of another SWV)
insert into data_test_results by name
select * from landelijk.data_test_results;

-- dekkend_matrix: gebied (its own swv_code)
insert into dekkend_matrix by name
select
    m.swv_code as swv,
    m.*
from landelijk.dekkend_matrix as m
where m.swv_code in (select swvs.swv from swvs);

-- eigen_swv: the SWV itself, known from the folder it delivered its files in
insert into eigen_swv by name
select
    s.swv,
    s.swv as swv_code,
    'aanlevering' as bepaald_uit
from swvs as s;

-- file_loads: bestand
insert into file_loads by name
select
    b.swv,
    f.*
from landelijk.file_loads as f
inner join swv_bestand as b on f.bestand = b.bestand;

-- gebied_hierarchie: gebied
insert into gebied_hierarchie by name
select
    g.swv,
    h.*
from landelijk.gebied_hierarchie as h
inner join swv_gebied as g on h.niveau = g.niveau and h.gebied = g.gebied;

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
select
    g.swv,
    k.*
from landelijk.kpi_survival as k
inner join swv_gebied as g on k.niveau = g.niveau and k.gebied = g.gebied;

-- kpi_themas: landelijk
insert into kpi_themas by name
select * from landelijk.kpi_themas;

-- kpi_values: gebied, plus the totals of every SWV that swv_vergelijking compares (the privacy layer decides an
-- SWV's cell of the comparison, and the landelijk figure made of them, from these rows)
insert into kpi_values by name
select
    g.swv,
    v.*
from landelijk.kpi_values as v
inner join swv_gebied as g on v.niveau = g.niveau and v.gebied = g.gebied
union all
select
    s.swv,
    v.*
from landelijk.kpi_values as v
cross join swvs as s
where
    v.niveau = 'swv'
    and v.uitsplitsing = ''
    and exists (
        select 1 from landelijk.swv_vergelijking as c
        where c.indicator = v.indicator and c.periode = v.periode and c.swv_code = v.gebied
    )
    and not exists (
        select 1 from swv_gebied as g
        where g.swv = s.swv and g.niveau = v.niveau and g.gebied = v.gebied
    );

-- lake_versions: landelijk (the Delta versions the run read)
insert into lake_versions by name
select * from landelijk.lake_versions;

-- leerlingstromen: gebied, at either end (the pupils of the SWV's areas going to school elsewhere and the pupils
-- from elsewhere at its schools: both belong to its thuisnabijheid; a flow between two other areas does not)
insert into leerlingstromen by name
select
    g.swv,
    s.*
from landelijk.leerlingstromen as s
inner join swv_gebied as g on s.niveau = g.niveau and s.van_gebied = g.gebied
union all
select
    g.swv,
    s.*
from landelijk.leerlingstromen as s
inner join swv_gebied as g on s.niveau = g.niveau and s.naar_gebied = g.gebied
where not exists (
    select 1 from swv_gebied as v
    where v.swv = g.swv and v.niveau = s.niveau and v.gebied = s.van_gebied
);

-- quarantine_reasons: bestand
insert into quarantine_reasons by name
select
    b.swv,
    q.*
from landelijk.quarantine_reasons as q
inner join swv_bestand as b on q.bestand = b.bestand;

-- source_status: bestand, counted again over the SWV's files (one row per source as in the lake): present when one
-- of its files was loaded; rows loaded are the files' rows that count (a DUO file of one line per school counts one
-- row per line here, where the lake counts one per period); the newest period is the lake's
insert into source_status by name
select
    w.swv,
    s.bron,
    coalesce(f.bestanden, 0) > 0 and s.aanwezig as aanwezig,
    coalesce(f.bestanden, 0) as bestanden,
    coalesce(f.rijen_geladen, 0) as rijen_geladen,
    coalesce(q.rijen_quarantaine, 0) as rijen_quarantaine,
    f.laatste_lading,
    s.nieuwste_periode
from landelijk.source_status as s
cross join swvs as w
left join (
    select
        b.swv,
        l.bron,
        count(*) filter (where l.status <> 'afgewezen') as bestanden,
        sum(l.rijen - l.quarantaine) filter (where l.status <> 'afgewezen') as rijen_geladen,
        max(l.geladen_op) as laatste_lading
    from landelijk.file_loads as l
    inner join swv_bestand as b on l.bestand = b.bestand
    group by b.swv, l.bron
) as f on w.swv = f.swv and s.bron = f.bron
left join (
    select
        b.swv,
        r.bron,
        sum(r.aantal) as rijen_quarantaine
    from landelijk.quarantine_reasons as r
    inner join swv_bestand as b on r.bestand = b.bestand
    group by b.swv, r.bron
) as q on w.swv = q.swv and s.bron = q.bron;

-- swv_vergelijking: landelijk (every SWV of DUO's per-SWV file: the comparison)
insert into swv_vergelijking by name
select * from landelijk.swv_vergelijking;

-- thuisnabij_afstanden: gebied
insert into thuisnabij_afstanden by name
select
    g.swv,
    t.*
from landelijk.thuisnabij_afstanden as t
inner join swv_gebied as g on t.niveau = g.niveau and t.gebied = g.gebied;

-- vestiging_herkomst: gebied, by the vestiging
insert into vestiging_herkomst by name
select
    g.swv,
    o.*
from landelijk.vestiging_herkomst as o
inner join swv_gebied as g on g.niveau = 'vestiging' and o.vestiging = g.gebied;
