select gebied, n from fct_a
