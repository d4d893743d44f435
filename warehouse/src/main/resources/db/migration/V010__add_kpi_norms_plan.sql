-- The plan (or rule) a norm comes from, e.g. "Ondersteuningsplan Almere 2022-2026": every default norm of
-- the catalog names its source; a norm no plan states is left out.
alter table kpi_norms add column plan varchar;
