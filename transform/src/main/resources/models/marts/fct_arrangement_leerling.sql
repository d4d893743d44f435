-- Arrangements of extra support for one pupil (an arrangement with a leerling_id). Group arrangements
-- have no pupil and no home, so they are not in this table; nor are arrangements that end before they
-- start (an impossible period: never active on any date).
with arrangementen as (
    select * from stg_arrangementen__arrangementen
),

final as (
    select
        -- ids
        arrangementen.arrangement_id as arrangement_id,
        arrangementen.aanlever_swv_code as aanlever_swv_code,
        arrangementen.leerling_id as leerling_id,
        arrangementen.vestiging as vestiging,
        -- attributes
        arrangementen.soort as soort,
        arrangementen.ondersteuningsbehoefte as ondersteuningsbehoefte,
        -- period
        arrangementen.begindatum as begindatum,
        arrangementen.einddatum as einddatum
    from arrangementen
    where
        arrangementen.leerling_id is not null
        and (arrangementen.einddatum is null or arrangementen.einddatum >= arrangementen.begindatum)
)

select * from final
