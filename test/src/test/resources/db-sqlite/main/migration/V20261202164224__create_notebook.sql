-- Ashlar migration version 20261202164224 "create_notebook", repo main, dialect sqlite
-- previous: none
-- Generated; never edit a migration once applied (its checksum is verified).
-- steps:
--   create table notes

create table `notes` (`id` TEXT not null, `title` TEXT not null, constraint `notes_pkey` primary key (`id`)) strict;
create unique index `notes_unique_title_index` on `notes`(`title`);
