select
    'aantal_a' as indicator,
    '2024-2025' as periode,
    'swv' as niveau,
    gebied,
    gebied as gebied_naam,
    'totaal' as uitsplitsing,
    cast(n as decimal(20, 0)) as teller,
    cast(null as decimal(20, 0)) as noemer,
    cast(n as decimal(18, 4)) as waarde
from fct_a
