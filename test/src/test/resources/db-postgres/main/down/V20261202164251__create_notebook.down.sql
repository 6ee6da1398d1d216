-- Ashlar rollback of version 20261202164251 "create_notebook", repo main, dialect postgres
-- previous: none
-- Generated; never edit a migration once applied (its checksum is verified).
-- destructive: drop table notes
-- steps:
--   drop table notes

drop table "notes";
