select gebied, m from raw_b
