-- The catalog's privacy setting per indicator (transform's serving/kpi_onderdrukking, from the top-level
-- `onderdrukking` of kpi_catalog.yml). The dashboard's privacy layer is the one place that applies it; an
-- indicator without a row here is shown to roles that see suppressed figures without any figure.

create table kpi_onderdrukking (
    indicator varchar primary key,
    onderdruk_klein boolean not null,  -- teller and noemer count pupils
    drempel integer not null,          -- cells with 1 to drempel - 1 pupils are hidden (teller, noemer, noemer - teller)
    geheel varchar                     -- indicators with the same geheel split one noemer; null when none
);
