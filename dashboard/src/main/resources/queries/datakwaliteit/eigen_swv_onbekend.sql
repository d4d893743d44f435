-- whether transform could not tell the own SWV (no --swv, no gebieden, no single-SWV DUO count)
select count(*) as onbekend
from eigen_swv
where bepaald_uit = 'onbekend'
