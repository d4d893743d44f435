-- Thuiszitter meldingen with their duration and schooljaren, per SWV that covers the pupil's gemeente.
with meldingen as (
    select * from int_melding__located
),

final as (
    select
        -- ids
        meldingen.melding_id as melding_id,
        meldingen.swv_code as swv_code,
        meldingen.aanlever_swv_code as aanlever_swv_code,
        meldingen.leerling_id as leerling_id,
        meldingen.gemeente_code as gemeente_code,
        -- attributes
        meldingen.gemeente_naam as gemeente_naam,
        meldingen.is_gedeelde_gemeente as is_gedeelde_gemeente,
        meldingen.categorie as categorie,
        meldingen.vrijstelling_artikel as vrijstelling_artikel,
        meldingen.reden as reden,
        meldingen.oplossing as oplossing,
        meldingen.is_gemeld_leerplicht as is_gemeld_leerplicht,
        schooljaar(meldingen.begindatum) as schooljaar_begin,
        schooljaar(meldingen.einddatum) as schooljaar_eind,
        -- measures: days from first to last day at home (einddatum - begindatum); empty while open
        datediff(meldingen.einddatum, meldingen.begindatum) as duur_dagen,
        datediff(meldingen.einddatum, meldingen.begindatum) <= 92 as is_binnen_3_maanden,
        -- days since 1-1-1970 of begindatum, for the portable kpi SQL (peildatum_dagnummer − this)
        unix_date(meldingen.begindatum) as begin_dagnummer,
        -- dates
        meldingen.begindatum as begindatum,
        meldingen.einddatum as einddatum
    from meldingen
)

select * from final
