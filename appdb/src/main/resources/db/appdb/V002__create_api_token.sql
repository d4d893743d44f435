-- Personal API tokens: only the SHA-256 of the token is kept (the token itself is shown once), and a
-- revoked token keeps its row so the audit log's references stay readable.
create table api_token (
    id ${id},
    account_id bigint not null references account (id) on delete cascade,
    omschrijving varchar(200) not null,
    token_hash char(64) not null unique,
    aangemaakt_op ${timestamp} not null,
    ingetrokken_op ${timestamp}
);

create index api_token_account on api_token (account_id);
