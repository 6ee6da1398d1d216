-- Ashlar migration version 20261202164225 "create_notebook", repo audit, dialect sqlite
-- previous: none
-- Generated; never edit a migration once applied (its checksum is verified).
-- steps:
--   create table events

create table `events` (`id` INTEGER not null, `kind` TEXT not null, constraint `events_pkey` primary key (`id`)) strict;
