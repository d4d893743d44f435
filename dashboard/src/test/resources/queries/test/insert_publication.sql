-- test only: a write that a read-only publication must refuse
insert into publication values ('sneaky', 'run-x', current_timestamp) returning 1
