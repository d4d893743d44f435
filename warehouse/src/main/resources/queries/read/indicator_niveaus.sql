-- the levels the catalog publishes (kpi_niveaus), in its order: the choices of `dekkend indicator --niveau`
select niveau from kpi_niveaus order by volgorde, niveau
