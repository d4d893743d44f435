-- The Inspectie verdict that holds for each vestiging at the end of each schooljaar: its latest onderzoek
-- dated on or before 31 July (on the same day, the worst verdict), for vestigingen open on that day,
-- with the bestuur and SWV of that day. A verdict given to a BRIN holds for all its vestigingen. The
-- framework before 2017 judged zeer zwak, zwak or voldoende (basisarrangement); zwak is as serious as
-- onvoldoende in the current framework.
with oordelen as (
    select * from stg_inspectie__oordelen
),

vestigingen as (
    select * from int_vestiging_thz__located
),

periode as (
    select * from dim_periode
),

onderzoeken as (
    select
        oordelen.vestiging_of_brin,
        oordelen.datum,
        min_by(oordelen.oordeel, oordelen.ernst) as oordeel,
        min(oordelen.ernst) as ernst
    from (
        select
            oordelen.*,
            case oordelen.oordeel
                when 'zeer_zwak' then 1
                when 'zwak' then 2
                when 'onvoldoende' then 2
                when 'voldoende' then 3
                when 'goed' then 4
            end as ernst
        from oordelen
    ) as oordelen
    group by oordelen.vestiging_of_brin, oordelen.datum
),

register_codes as (
    select distinct vestigingen.vestiging
    from vestigingen
),

per_vestiging as (
    select
        coalesce(register_codes.vestiging, onderzoeken.vestiging_of_brin) as vestiging,
        onderzoeken.datum,
        min_by(onderzoeken.oordeel, onderzoeken.ernst) as oordeel,
        min(onderzoeken.ernst) as ernst
    from onderzoeken
    left join register_codes
        on
            length(onderzoeken.vestiging_of_brin) = 4
            and left(register_codes.vestiging, 4) = onderzoeken.vestiging_of_brin
    where length(onderzoeken.vestiging_of_brin) = 6 or register_codes.vestiging is not null
    group by coalesce(register_codes.vestiging, onderzoeken.vestiging_of_brin), onderzoeken.datum
),

jaren as (
    select periode.*
    from periode
    inner join (
        select
            schooljaar(min(per_vestiging.datum)) as eerste,
            schooljaar(max(per_vestiging.datum)) as laatste
        from per_vestiging
    ) as bereik
        on periode.schooljaar between bereik.eerste and bereik.laatste
),

geldend as (
    select
        per_vestiging.vestiging,
        jaren.schooljaar,
        jaren.einddatum,
        per_vestiging.datum,
        per_vestiging.oordeel,
        per_vestiging.ernst,
        row_number() over (
            partition by per_vestiging.vestiging, jaren.schooljaar
            order by per_vestiging.datum desc, per_vestiging.ernst asc
        ) as rang
    from per_vestiging
    inner join jaren
        on per_vestiging.datum <= jaren.einddatum
),

final as (
    select
        -- ids
        geldend.vestiging as vestiging,
        geldend.schooljaar as schooljaar,
        -- attributes: bestuur and SWV on the last day of the schooljaar
        vestigingen.swv_code as swv_code,
        vestigingen.bevoegd_gezag_nr as bevoegd_gezag_nr,
        vestigingen.bevoegd_gezag_naam as bevoegd_gezag_naam,
        geldend.oordeel as oordeel,
        geldend.ernst <= 2 as is_onvoldoende,
        -- dates
        geldend.datum as datum_oordeel
    from geldend
    inner join vestigingen
        on
            geldend.vestiging = vestigingen.vestiging
            and (vestigingen.geldig_vanaf is null or vestigingen.geldig_vanaf <= geldend.einddatum)
            and (vestigingen.geldig_tot is null or vestigingen.geldig_tot >= geldend.einddatum)
    where geldend.rang = 1
)

select * from final
