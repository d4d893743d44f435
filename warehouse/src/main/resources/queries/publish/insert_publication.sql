insert into publication (publication_id, run_id, published_at) values (?, ?, ?)
