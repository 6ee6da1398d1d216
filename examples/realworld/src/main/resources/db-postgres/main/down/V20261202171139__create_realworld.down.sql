-- Ashlar rollback of version 20261202171139 "create_realworld", repo main, dialect postgres
-- previous: none
-- Generated; never edit a migration once applied (its checksum is verified).
-- destructive: drop table comments
-- destructive: drop table article_tags
-- destructive: drop table tags
-- destructive: drop table articles
-- destructive: drop table users
-- steps:
--   drop table comments
--   drop table article_tags
--   drop table tags
--   drop table articles
--   drop table users

drop table "comments";
drop table "article_tags";
drop table "tags";
drop table "articles";
drop table "users";
