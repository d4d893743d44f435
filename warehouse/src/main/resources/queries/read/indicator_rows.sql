-- the rows `dekkend indicator` prints: totals only (uitsplitsing = ''), in a stable order;
-- parameters: indicator, periode (twice), niveau (twice); null means all. No norm or status: the caller
-- judges each value by the norms in force (NormJudge)
select
    kpi_values.indicator,
    kpi_values.periode,
    kpi_values.niveau,
    kpi_values.gebied,
    kpi_values.teller,
    kpi_values.noemer,
    kpi_values.waarde,
    definitions.eenheid,
    definitions.decimalen,
    kpi_values.onderdrukt
from kpi_values
inner join kpi_definitions as definitions
    on kpi_values.indicator = definitions.indicator
where
    kpi_values.indicator = ?
    and kpi_values.uitsplitsing = ''
    and (cast(? as varchar) is null or kpi_values.periode = ?)
    and (cast(? as varchar) is null or kpi_values.niveau = ?)
order by
    kpi_values.periode,
    list_position(['swv', 'gemeente', 'stadsdeel', 'wijk', 'bestuur', 'vestiging'], kpi_values.niveau),
    kpi_values.gebied
