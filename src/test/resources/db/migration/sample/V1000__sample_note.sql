-- sample (a test module, see io.cocareer.sample): its one table, in its own migration folder.
create table sample_note (
    id uuid primary key,
    author_id uuid not null,
    body varchar(200) not null
);
