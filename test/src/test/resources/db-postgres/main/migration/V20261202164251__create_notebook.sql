-- Ashlar migration version 20261202164251 "create_notebook", repo main, dialect postgres
-- previous: none
-- Generated; never edit a migration once applied (its checksum is verified).
-- steps:
--   create table notes

create table "notes" ("id" uuid not null, "title" varchar(80) not null, constraint "notes_pkey" primary key ("id"));
create unique index "notes_unique_title_index" on "notes"("title");
