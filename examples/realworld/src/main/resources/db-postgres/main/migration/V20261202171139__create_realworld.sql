-- Ashlar migration version 20261202171139 "create_realworld", repo main, dialect postgres
-- previous: none
-- Generated; never edit a migration once applied (its checksum is verified).
-- steps:
--   create table users
--   create table articles
--   create table tags
--   create table article_tags
--   create table comments

create table "users" ("id" uuid not null, "email" text not null, "username" varchar(40) not null, "bio" text null, "hashed_password" text not null, "inserted_at" timestamp(6) with time zone not null, "updated_at" timestamp(6) with time zone not null, constraint "users_pkey" primary key ("id"));
create unique index "users_unique_email_index" on "users"(lower("email"));
create unique index "users_unique_username_index" on "users"("username");
create table "articles" ("id" uuid not null, "slug" varchar(120) not null, "title" varchar(120) not null, "description" varchar(255) null, "body" text not null, "inserted_at" timestamp(6) with time zone not null, "updated_at" timestamp(6) with time zone not null, "author_id" uuid not null, constraint "articles_pkey" primary key ("id"), constraint "articles_author_id_fkey" foreign key ("author_id") references "users" ("id") on delete cascade on update no action);
create unique index "articles_unique_slug_index" on "articles"("slug");
create table "tags" ("id" uuid not null, "name" varchar(40) not null, constraint "tags_pkey" primary key ("id"));
create unique index "tags_unique_name_index" on "tags"("name");
create table "article_tags" ("id" uuid not null, "article_id" uuid not null, "tag_id" uuid not null, constraint "article_tags_pkey" primary key ("id"), constraint "article_tags_article_id_fkey" foreign key ("article_id") references "articles" ("id") on delete cascade on update no action, constraint "article_tags_tag_id_fkey" foreign key ("tag_id") references "tags" ("id") on delete cascade on update no action);
create unique index "article_tags_unique_article_tag_index" on "article_tags"("article_id", "tag_id");
create table "comments" ("id" uuid not null, "body" text not null, "inserted_at" timestamp(6) with time zone not null, "updated_at" timestamp(6) with time zone not null, "article_id" uuid not null, "author_id" uuid not null, constraint "comments_pkey" primary key ("id"), constraint "comments_article_id_fkey" foreign key ("article_id") references "articles" ("id") on delete cascade on update no action, constraint "comments_author_id_fkey" foreign key ("author_id") references "users" ("id") on delete cascade on update no action);
