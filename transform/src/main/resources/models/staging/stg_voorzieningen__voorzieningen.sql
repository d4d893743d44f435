-- Voorzieningen (places for one ondersteuningsbehoefte) with capacity, occupation and waiting list on a
-- peildatum. A missing bezetting or wachtlijst means none.
with source as (
    select * from raw_voorzieningen
),

final as (
    select
        -- ids
        trim(source.voorziening_id) as voorziening_id,
        source.peildatum as peildatum,
        -- attributes
        source.naam as naam,
        lower(trim(source.ondersteuningsbehoefte)) as ondersteuningsbehoefte,
        replace(upper(trim(source.vestiging)), ' ', '') as vestiging,
        -- measures: places and pupils
        source.capaciteit as capaciteit,
        coalesce(source.bezetting, 0) as bezetting,
        coalesce(source.wachtlijst, 0) as wachtlijst,
        -- lineage: the SWV that delivered the file (a national inbox), null for a flat inbox
        source._swv as aanlever_swv_code,
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
