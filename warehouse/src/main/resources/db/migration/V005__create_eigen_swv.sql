-- The samenwerkingsverband this publication is about, as transform determined it (int_swv__eigen_bepaald):
-- the SWV with the most rows in the user's gebieden file, else the single SWV of DUO's counts. DUO's files
-- list neighbouring SWVs too; the dashboard shows this one. Empty when it cannot be told (no gebieden file
-- and DUO's counts hold several SWVs).

create table eigen_swv (
    swv_code varchar not null primary key,  -- e.g. PO3009
    bepaald_uit varchar not null            -- 'gebieden' or 'duo_leerlingen_swv'
);
