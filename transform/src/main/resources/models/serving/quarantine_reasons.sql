-- Why rows were quarantined, grouped per file, column and reason, with a few example row numbers
-- (never values: a value may be a pupil's key). Only the newest load of each file that got past the
-- identical-content check counts. Rows that passed ingest but that transform cannot place are reported here
-- too: DUO's count per gemeente for a gemeente that neither its code nor its name identifies
-- (int_duo_gemeente__located), counted nowhere per gemeente.
with loads as (
    select * from raw__loads
),

quarantine as (
    select * from raw__quarantine
),

newest_load as (
    select
        loads.bron,
        loads.bestand,
        max_by(loads.load_id, struct(loads.klaar_op, loads.load_id)) as load_id
    from loads
    where loads.status <> 'ongewijzigd'
    group by loads.bron, loads.bestand
),

ingest as (
    select
        quarantine.bron,
        quarantine.bestand,
        quarantine.kolom,
        quarantine.reden,
        count(*) as aantal,
        array_join(slice(array_sort(array_distinct(collect_list(quarantine.rij))), 1, 5), ', ') as voorbeeld_rijen
    from quarantine
    inner join newest_load
        on quarantine.load_id = newest_load.load_id
    group by quarantine.bron, quarantine.bestand, quarantine.kolom, quarantine.reden
),

niet_geplaatst as (
    select
        'duo_leerlingen_gemeente' as bron,
        located.bestand,
        'gemeente_naam' as kolom,
        'gemeente niet herkend: geen gemeentecode en de naam wijst niet precies één gemeente uit gebieden aan;'
        || ' de rij telt niet mee per gemeente' as reden,
        count(*) as aantal,
        array_join(slice(array_sort(array_distinct(collect_list(located.rij))), 1, 5), ', ') as voorbeeld_rijen
    from int_duo_gemeente__located as located
    where located.gemeente_code is null
    group by located.bestand
),

final as (
    select * from ingest
    union all
    select * from niet_geplaatst
)

select * from final
