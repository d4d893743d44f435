select gebied, n from raw_a
