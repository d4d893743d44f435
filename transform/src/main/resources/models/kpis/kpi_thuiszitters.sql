-- Thuiszitters per schooljaar, at the levels swv and gemeente, per categorie ('' = all categories):
--   thuiszitters_peildatum        pupils with a melding open on the peildatum (1 February): begindatum on or
--                                 before it and einddatum empty or after it
--   thuiszitters_nieuw            pupils with a melding whose begindatum falls in the schooljaar
--   thuiszitters_binnen_3_maanden of the meldingen whose einddatum falls in the schooljaar, the share with
--                                 einddatum - begindatum <= 92 days, in percent (empty when none closed)
-- Every schooljaar from the first to the last one in which a melding of the SWV began or ended gets a row,
-- also when nothing happened (0). A gemeente gets the schooljaren of its SWV(s).
with meldingen as (
    select * from fct_thuiszittermelding
    where swv_code is not null
),

periode as (
    select * from dim_periode
),

-- the areas a melding counts in: its SWV, and its gemeente
melding_gebied as (
    select
        'swv' as niveau,
        meldingen.swv_code as gebied,
        meldingen.*
    from meldingen
    union all
    select
        'gemeente' as niveau,
        meldingen.gemeente_code as gebied,
        meldingen.*
    from meldingen
),

swv_bereik as (
    select
        meldingen.swv_code,
        min(meldingen.schooljaar_begin) as eerste,
        max(greatest(meldingen.schooljaar_begin, coalesce(meldingen.schooljaar_eind, meldingen.schooljaar_begin)))
            as laatste
    from meldingen
    group by meldingen.swv_code
),

gebieden as (
    select
        'swv' as niveau,
        swv_bereik.swv_code as gebied,
        cast(null as string) as gebied_naam,
        swv_bereik.eerste,
        swv_bereik.laatste
    from swv_bereik
    union all
    select
        'gemeente' as niveau,
        meldingen.gemeente_code as gebied,
        max(meldingen.gemeente_naam) as gebied_naam,
        min(swv_bereik.eerste) as eerste,
        max(swv_bereik.laatste) as laatste
    from meldingen
    inner join swv_bereik
        on meldingen.swv_code = swv_bereik.swv_code
    group by meldingen.gemeente_code
),

cellen as (
    select
        gebieden.niveau,
        gebieden.gebied,
        gebieden.gebied_naam,
        periode.schooljaar,
        categorieen.categorie
    from gebieden
    inner join periode
        on periode.schooljaar between gebieden.eerste and gebieden.laatste
    cross join (values (''), ('absoluut_verzuim'), ('langdurig_relatief_verzuim'), ('vrijstelling'))
        as categorieen (categorie)
),

open_op_peildatum as (
    select
        melding_gebied.niveau,
        melding_gebied.gebied,
        periode.schooljaar,
        coalesce(melding_gebied.categorie, '') as categorie,
        count(distinct melding_gebied.leerling_id) as leerlingen
    from melding_gebied
    inner join periode
        on
            melding_gebied.begindatum <= periode.peildatum
            and (melding_gebied.einddatum is null or melding_gebied.einddatum > periode.peildatum)
    group by grouping sets (
        (melding_gebied.niveau, melding_gebied.gebied, periode.schooljaar, melding_gebied.categorie),
        (melding_gebied.niveau, melding_gebied.gebied, periode.schooljaar)
    )
),

nieuw as (
    select
        melding_gebied.niveau,
        melding_gebied.gebied,
        melding_gebied.schooljaar_begin as schooljaar,
        coalesce(melding_gebied.categorie, '') as categorie,
        count(distinct melding_gebied.leerling_id) as leerlingen
    from melding_gebied
    group by grouping sets (
        (melding_gebied.niveau, melding_gebied.gebied, melding_gebied.schooljaar_begin, melding_gebied.categorie),
        (melding_gebied.niveau, melding_gebied.gebied, melding_gebied.schooljaar_begin)
    )
),

gesloten as (
    select
        melding_gebied.niveau,
        melding_gebied.gebied,
        melding_gebied.schooljaar_eind as schooljaar,
        coalesce(melding_gebied.categorie, '') as categorie,
        count(distinct melding_gebied.melding_id) as meldingen,
        count(distinct case when melding_gebied.is_binnen_3_maanden then melding_gebied.melding_id end)
            as binnen_3_maanden
    from melding_gebied
    where melding_gebied.einddatum is not null
    group by grouping sets (
        (melding_gebied.niveau, melding_gebied.gebied, melding_gebied.schooljaar_eind, melding_gebied.categorie),
        (melding_gebied.niveau, melding_gebied.gebied, melding_gebied.schooljaar_eind)
    )
),

per_cel as (
    select
        cellen.niveau,
        cellen.gebied,
        cellen.gebied_naam,
        cellen.schooljaar,
        cellen.categorie,
        coalesce(open_op_peildatum.leerlingen, 0) as open_op_peildatum,
        coalesce(nieuw.leerlingen, 0) as nieuw,
        coalesce(gesloten.meldingen, 0) as gesloten,
        coalesce(gesloten.binnen_3_maanden, 0) as binnen_3_maanden
    from cellen
    left join open_op_peildatum
        on
            cellen.niveau = open_op_peildatum.niveau
            and cellen.gebied = open_op_peildatum.gebied
            and cellen.schooljaar = open_op_peildatum.schooljaar
            and cellen.categorie = open_op_peildatum.categorie
    left join nieuw
        on
            cellen.niveau = nieuw.niveau
            and cellen.gebied = nieuw.gebied
            and cellen.schooljaar = nieuw.schooljaar
            and cellen.categorie = nieuw.categorie
    left join gesloten
        on
            cellen.niveau = gesloten.niveau
            and cellen.gebied = gesloten.gebied
            and cellen.schooljaar = gesloten.schooljaar
            and cellen.categorie = gesloten.categorie
),

per_indicator as (
    select
        per_cel.niveau,
        per_cel.gebied,
        per_cel.gebied_naam,
        per_cel.schooljaar,
        per_cel.categorie,
        ids.indicator,
        case ids.indicator
            when 'thuiszitters_peildatum' then per_cel.open_op_peildatum
            when 'thuiszitters_nieuw' then per_cel.nieuw
            when 'thuiszitters_binnen_3_maanden' then per_cel.binnen_3_maanden
        end as teller,
        case ids.indicator
            when 'thuiszitters_binnen_3_maanden' then per_cel.gesloten
        end as noemer
    from per_cel
    cross join (
        values
            ('thuiszitters_peildatum'),
            ('thuiszitters_nieuw'),
            ('thuiszitters_binnen_3_maanden')
    ) as ids (indicator)
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        per_indicator.schooljaar as periode,
        per_indicator.niveau as niveau,
        per_indicator.gebied as gebied,
        per_indicator.gebied_naam as gebied_naam,
        per_indicator.categorie as uitsplitsing,
        -- measures: counts are their own waarde; the share is a percentage with two decimals
        cast(per_indicator.teller as decimal(18, 4)) as teller,
        cast(per_indicator.noemer as decimal(18, 4)) as noemer,
        cast(
            case
                when per_indicator.indicator = 'thuiszitters_binnen_3_maanden'
                    then round(cast(per_indicator.teller as decimal(38, 10)) * 100 / nullif(per_indicator.noemer, 0), 2)
                else per_indicator.teller
            end
            as decimal(18, 4)
        ) as waarde
    from per_indicator
)

select * from final
