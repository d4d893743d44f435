-- One row per source: is it there, how many rows count, how fresh is it.
with inventory as (
    select * from bronze_inventory
),

loads as (
    select * from raw__loads
),

per_source as (
    select
        loads.bron,
        count(distinct case when loads.status in ('geladen', 'deels_geladen') then loads.bestand end) as bestanden,
        max(loads.klaar_op) as laatste_lading
    from loads
    group by loads.bron
),

quarantined as (
    select
        quarantine_reasons.bron,
        sum(quarantine_reasons.aantal) as rijen_quarantaine
    from quarantine_reasons
    group by quarantine_reasons.bron
),

final as (
    select
        inventory.bron,
        inventory.rijen > 0 as aanwezig,
        cast(coalesce(per_source.bestanden, 0) as int) as bestanden,
        cast(inventory.rijen as bigint) as rijen_geladen,
        cast(coalesce(quarantined.rijen_quarantaine, 0) as bigint) as rijen_quarantaine,
        per_source.laatste_lading,
        inventory.nieuwste_periode
    from inventory
    left join per_source
        on inventory.bron = per_source.bron
    left join quarantined
        on inventory.bron = quarantined.bron
)

select * from final
