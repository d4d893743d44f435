-- the themes of the catalog in navigation order, with the indicators their pages and the overview show
select thema, titel, intro, volgorde, indicatoren, kern
from kpi_themas
order by volgorde, thema
