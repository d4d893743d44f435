-- The latest load of every file in the inbox, as `dekkend loads` shows it.
with loads as (
    select * from raw__loads
),

latest as (
    select
        loads.bron,
        loads.bestand,
        max_by(
            struct(loads.status, loads.rijen, loads.geladen, loads.quarantaine, loads.melding, loads.klaar_op),
            struct(loads.klaar_op, loads.load_id)
        ) as load
    from loads
    group by loads.bron, loads.bestand
),

final as (
    select
        latest.bron,
        latest.bestand,
        latest.load.status as status,
        cast(latest.load.rijen as bigint) as rijen,
        cast(latest.load.geladen as bigint) as geladen,
        cast(latest.load.quarantaine as bigint) as quarantaine,
        latest.load.melding as melding,
        latest.load.klaar_op as geladen_op
    from latest
)

select * from final
