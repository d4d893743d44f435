-- Why rows were quarantined, grouped per file, column and reason, with a few example row numbers
-- (never values: a value may be a pupil's key). Only the newest load of each file that got past the
-- identical-content check counts.
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

final as (
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
)

select * from final
