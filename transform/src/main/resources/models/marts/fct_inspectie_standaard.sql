-- The Inspectie's verdict per standaard (standaard_oordeel) of the onderzoek that holds for each vestiging
-- at the end of each schooljaar (fct_inspectieoordeel: the same onderzoek, the same bestuur and SWV), so
-- the support and quality-care standards (for instance OP4 extra ondersteuning, KA1 kwaliteitszorg) can be
-- counted apart from the eindoordeel. A verdict given to a BRIN holds for all its vestigingen; two verdicts
-- on one standaard that day: the worst. onvoldoende, zwak and zeer zwak are insufficient.
with oordeel as (
    select * from fct_inspectieoordeel
),

standaarden as (
    select
        oordelen.vestiging_of_brin,
        oordelen.datum,
        oordelen.standaard,
        oordelen.standaard_oordeel,
        case oordelen.standaard_oordeel
            when 'zeer_zwak' then 1
            when 'zeer zwak' then 1
            when 'zwak' then 2
            when 'onvoldoende' then 2
            when 'voldoende' then 3
            when 'goed' then 4
        end as ernst
    from stg_inspectie__oordelen as oordelen
    where oordelen.standaard is not null and oordelen.standaard <> '' and oordelen.standaard_oordeel is not null
),

final as (
    select
        -- ids
        oordeel.vestiging as vestiging,
        oordeel.schooljaar as schooljaar,
        standaarden.standaard as standaard,
        -- attributes
        max(oordeel.swv_code) as swv_code,
        max(oordeel.bevoegd_gezag_nr) as bevoegd_gezag_nr,
        max(oordeel.bevoegd_gezag_naam) as bevoegd_gezag_naam,
        min_by(standaarden.standaard_oordeel, coalesce(standaarden.ernst, 9)) as standaard_oordeel,
        coalesce(min(standaarden.ernst) <= 2, false) as is_onvoldoende,
        -- dates
        max(oordeel.datum_oordeel) as datum_oordeel
    from oordeel
    inner join standaarden
        on
            oordeel.datum_oordeel = standaarden.datum
            and (
                standaarden.vestiging_of_brin = oordeel.vestiging
                or (length(standaarden.vestiging_of_brin) = 4 and left(oordeel.vestiging, 4) = standaarden.vestiging_of_brin)
            )
    group by oordeel.vestiging, oordeel.schooljaar, standaarden.standaard
)

select * from final
