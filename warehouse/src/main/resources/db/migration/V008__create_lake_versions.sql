-- The Delta table versions the publication was built from: every bronze table the run read and every gold
-- table it wrote (tabel 'bronze/tlv', 'gold/kpi_values'). A PDCA cycle freezes them when it closes, so its
-- figures can be traced back to exact table states. V010 leaves room for serving tables other work adds.
create table lake_versions (
    tabel varchar primary key,
    versie bigint not null
);
