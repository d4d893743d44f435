-- the catalog's levels in the order pages offer them, with their Dutch names
select niveau, naam
from kpi_niveaus
order by volgorde, niveau
