-- Every arrangement of extra support, for a single pupil or for a group, with the vestiging where it is
-- given and its period (einddatum empty: still running). Arrangements that end before they start are
-- left out (never running on any date).
with arrangementen as (
    select * from stg_arrangementen__arrangementen
),

final as (
    select
        -- ids
        arrangementen.arrangement_id as arrangement_id,
        arrangementen.aanlever_swv_code as aanlever_swv_code,
        arrangementen.vestiging as vestiging,
        -- attributes
        arrangementen.soort as soort,
        arrangementen.leerling_id is not null as is_individueel,
        -- period
        arrangementen.begindatum as begindatum,
        arrangementen.einddatum as einddatum
    from arrangementen
    where arrangementen.einddatum is null or arrangementen.einddatum >= arrangementen.begindatum
)

select * from final
