-- Ashlar rollback of version 20261202164225 "create_notebook", repo audit, dialect sqlite
-- previous: none
-- Generated; never edit a migration once applied (its checksum is verified).
-- destructive: drop table events
-- steps:
--   drop table events

drop table `events`;
