-- Thuiszitters per schooljaar, at the levels swv and gemeente, per categorie ('' = all categories). A
-- vrijstelling (Leerplichtwet art. 5 onder a/b, art. 15) is not a thuiszitter: the thuiszitters_* figures
-- leave it out, and vrijstellingen_peildatum counts it apart, per artikel.
--   thuiszitters_peildatum        pupils with a melding open on the peildatum (1 February): begindatum on or
--                                 before it and einddatum empty or after it
--   thuiszitters_nieuw            pupils with a melding whose begindatum falls in the schooljaar
--   thuiszitters_binnen_3_maanden of the meldingen whose einddatum falls in the schooljaar, the share with
--                                 einddatum - begindatum <= 92 days, in percent (empty when none closed)
--   thuiszitters_duur_mediaan     median days at home of the meldingen closed in the schooljaar and of those
--                                 still open after it, the latter counted up to the peildatum (censored)
--   vrijstellingen_peildatum      pupils with a vrijstelling open on the peildatum, per artikel
-- Every schooljaar from the first to the last one in which a melding of the SWV began or ended gets a row,
-- also when nothing happened (0). A gemeente gets the schooljaren of its SWV(s).
with meldingen as (
    select * from fct_thuiszittermelding
    where swv_code is not null
),

periode as (
    select * from dim_periode
),

-- the areas a melding counts in: its SWV, and its gemeente; groep separates thuiszitters from
-- vrijstellingen, deel is the breakdown within the groep (categorie, resp. artikel)
melding_gebied as (
    select
        niveaus.niveau,
        case niveaus.niveau when 'swv' then meldingen.swv_code else meldingen.gemeente_code end as gebied,
        case when meldingen.categorie = 'vrijstelling' then 'vrijstelling' else 'thuiszitter' end as groep,
        case
            when meldingen.categorie = 'vrijstelling' then coalesce(cast(meldingen.vrijstelling_artikel as string), 'onbekend')
            else meldingen.categorie
        end as deel,
        -- melding ids are unique per delivering SWV (null: a flat inbox)
        concat(coalesce(meldingen.aanlever_swv_code, ''), '/', meldingen.melding_id) as melding_sleutel,
        meldingen.leerling_id,
        meldingen.begindatum,
        meldingen.einddatum,
        meldingen.schooljaar_begin,
        meldingen.schooljaar_eind,
        meldingen.duur_dagen,
        meldingen.begin_dagnummer,
        meldingen.is_binnen_3_maanden
    from meldingen
    cross join (values ('swv'), ('gemeente')) as niveaus (niveau)
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
        delen.groep,
        delen.deel
    from gebieden
    inner join periode
        on periode.schooljaar between gebieden.eerste and gebieden.laatste
    cross join (
        values
            ('thuiszitter', ''),
            ('thuiszitter', 'absoluut_verzuim'),
            ('thuiszitter', 'langdurig_relatief_verzuim'),
            ('vrijstelling', ''),
            ('vrijstelling', '5a'),
            ('vrijstelling', '5b'),
            ('vrijstelling', '15')
    ) as delen (groep, deel)
),

open_op_peildatum as (
    select
        melding_gebied.niveau,
        melding_gebied.gebied,
        periode.schooljaar,
        melding_gebied.groep,
        coalesce(melding_gebied.deel, '') as deel,
        count(distinct melding_gebied.leerling_id) as leerlingen
    from melding_gebied
    inner join periode
        on
            melding_gebied.begindatum <= periode.peildatum
            and (melding_gebied.einddatum is null or melding_gebied.einddatum > periode.peildatum)
    group by grouping sets (
        (melding_gebied.niveau, melding_gebied.gebied, periode.schooljaar, melding_gebied.groep, melding_gebied.deel),
        (melding_gebied.niveau, melding_gebied.gebied, periode.schooljaar, melding_gebied.groep)
    )
),

nieuw as (
    select
        melding_gebied.niveau,
        melding_gebied.gebied,
        melding_gebied.schooljaar_begin as schooljaar,
        melding_gebied.groep,
        coalesce(melding_gebied.deel, '') as deel,
        count(distinct melding_gebied.leerling_id) as leerlingen
    from melding_gebied
    group by grouping sets (
        (
            melding_gebied.niveau, melding_gebied.gebied, melding_gebied.schooljaar_begin, melding_gebied.groep,
            melding_gebied.deel
        ),
        (melding_gebied.niveau, melding_gebied.gebied, melding_gebied.schooljaar_begin, melding_gebied.groep)
    )
),

gesloten as (
    select
        melding_gebied.niveau,
        melding_gebied.gebied,
        melding_gebied.schooljaar_eind as schooljaar,
        melding_gebied.groep,
        coalesce(melding_gebied.deel, '') as deel,
        count(distinct melding_gebied.melding_sleutel) as meldingen,
        count(distinct case when melding_gebied.is_binnen_3_maanden then melding_gebied.melding_sleutel end)
            as binnen_3_maanden
    from melding_gebied
    where melding_gebied.einddatum is not null
    group by grouping sets (
        (
            melding_gebied.niveau, melding_gebied.gebied, melding_gebied.schooljaar_eind, melding_gebied.groep,
            melding_gebied.deel
        ),
        (melding_gebied.niveau, melding_gebied.gebied, melding_gebied.schooljaar_eind, melding_gebied.groep)
    )
),

-- the days at home of the meldingen closed in the schooljaar, and of those open on the peildatum that are
-- not closed in it (counted up to the peildatum: censored)
duur as (
    select distinct
        melding_gebied.niveau,
        melding_gebied.gebied,
        periode.schooljaar,
        melding_gebied.groep,
        melding_gebied.deel,
        melding_gebied.melding_sleutel,
        case
            when melding_gebied.schooljaar_eind = periode.schooljaar then melding_gebied.duur_dagen
            else periode.peildatum_dagnummer - melding_gebied.begin_dagnummer
        end as dagen
    from melding_gebied
    inner join periode
        on
            melding_gebied.schooljaar_eind = periode.schooljaar
            or (
                melding_gebied.begindatum <= periode.peildatum
                and (melding_gebied.einddatum is null or melding_gebied.einddatum > periode.einddatum)
            )
),

duur_mediaan as (
    select
        duur.niveau,
        duur.gebied,
        duur.schooljaar,
        duur.groep,
        coalesce(duur.deel, '') as deel,
        count(distinct duur.melding_sleutel) as meldingen,
        percentile_cont(0.5) within group (order by duur.dagen) as mediaan
    from duur
    group by grouping sets (
        (duur.niveau, duur.gebied, duur.schooljaar, duur.groep, duur.deel),
        (duur.niveau, duur.gebied, duur.schooljaar, duur.groep)
    )
),

per_cel as (
    select
        cellen.niveau,
        cellen.gebied,
        cellen.gebied_naam,
        cellen.schooljaar,
        cellen.groep,
        cellen.deel,
        coalesce(open_op_peildatum.leerlingen, 0) as open_op_peildatum,
        coalesce(nieuw.leerlingen, 0) as nieuw,
        coalesce(gesloten.meldingen, 0) as gesloten,
        coalesce(gesloten.binnen_3_maanden, 0) as binnen_3_maanden,
        coalesce(duur_mediaan.meldingen, 0) as duur_meldingen,
        duur_mediaan.mediaan as duur_mediaan
    from cellen
    left join open_op_peildatum
        on
            cellen.niveau = open_op_peildatum.niveau
            and cellen.gebied = open_op_peildatum.gebied
            and cellen.schooljaar = open_op_peildatum.schooljaar
            and cellen.groep = open_op_peildatum.groep
            and cellen.deel = open_op_peildatum.deel
    left join nieuw
        on
            cellen.niveau = nieuw.niveau
            and cellen.gebied = nieuw.gebied
            and cellen.schooljaar = nieuw.schooljaar
            and cellen.groep = nieuw.groep
            and cellen.deel = nieuw.deel
    left join gesloten
        on
            cellen.niveau = gesloten.niveau
            and cellen.gebied = gesloten.gebied
            and cellen.schooljaar = gesloten.schooljaar
            and cellen.groep = gesloten.groep
            and cellen.deel = gesloten.deel
    left join duur_mediaan
        on
            cellen.niveau = duur_mediaan.niveau
            and cellen.gebied = duur_mediaan.gebied
            and cellen.schooljaar = duur_mediaan.schooljaar
            and cellen.groep = duur_mediaan.groep
            and cellen.deel = duur_mediaan.deel
),

per_indicator as (
    select
        per_cel.niveau,
        per_cel.gebied,
        per_cel.gebied_naam,
        per_cel.schooljaar,
        per_cel.deel,
        ids.indicator,
        case ids.indicator
            when 'thuiszitters_peildatum' then per_cel.open_op_peildatum
            when 'thuiszitters_nieuw' then per_cel.nieuw
            when 'thuiszitters_binnen_3_maanden' then per_cel.binnen_3_maanden
            when 'thuiszitters_duur_mediaan' then per_cel.duur_meldingen
            when 'vrijstellingen_peildatum' then per_cel.open_op_peildatum
        end as teller,
        case ids.indicator
            when 'thuiszitters_binnen_3_maanden' then per_cel.gesloten
        end as noemer,
        per_cel.duur_mediaan
    from per_cel
    inner join (
        values
            ('thuiszitters_peildatum', 'thuiszitter'),
            ('thuiszitters_nieuw', 'thuiszitter'),
            ('thuiszitters_binnen_3_maanden', 'thuiszitter'),
            ('thuiszitters_duur_mediaan', 'thuiszitter'),
            ('vrijstellingen_peildatum', 'vrijstelling')
    ) as ids (indicator, groep)
        on per_cel.groep = ids.groep
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        per_indicator.schooljaar as periode,
        per_indicator.niveau as niveau,
        per_indicator.gebied as gebied,
        per_indicator.gebied_naam as gebied_naam,
        per_indicator.deel as uitsplitsing,
        -- measures: counts are their own waarde; the share is a percentage, rounded half-up once to two
        -- decimals from the exact fraction; the median in days with one decimal
        cast(per_indicator.teller as decimal(18, 4)) as teller,
        cast(per_indicator.noemer as decimal(18, 4)) as noemer,
        cast(
            case
                when per_indicator.indicator = 'thuiszitters_binnen_3_maanden'
                    then procent(per_indicator.teller, per_indicator.noemer)
                when per_indicator.indicator = 'thuiszitters_duur_mediaan'
                    then round(cast(per_indicator.duur_mediaan as decimal(38, 10)), 1)
                else per_indicator.teller
            end
            as decimal(18, 4)
        ) as waarde
    from per_indicator
)

select * from final
