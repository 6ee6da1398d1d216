-- Ashlar migration version 20261202164339 "create_realworld", repo main, dialect sqlite
-- previous: none
-- Generated; never edit a migration once applied (its checksum is verified).
-- steps:
--   create table users
--   create table articles
--   create table tags
--   create table article_tags
--   create table comments

create table `users` (`id` TEXT not null, `email` TEXT not null, `username` TEXT not null, `bio` TEXT null, `hashed_password` TEXT not null, `inserted_at` TEXT not null, `updated_at` TEXT not null, constraint `users_pkey` primary key (`id`)) strict;
create unique index `users_unique_email_index` on `users`(lower(`email`));
create unique index `users_unique_username_index` on `users`(`username`);
create table `articles` (`id` TEXT not null, `slug` TEXT not null, `title` TEXT not null, `description` TEXT null, `body` TEXT not null, `inserted_at` TEXT not null, `updated_at` TEXT not null, `author_id` TEXT not null, constraint `articles_pkey` primary key (`id`), constraint `articles_author_id_fkey` foreign key (`author_id`) references `users` (`id`) on delete cascade on update no action) strict;
create unique index `articles_unique_slug_index` on `articles`(`slug`);
create table `tags` (`id` TEXT not null, `name` TEXT not null, constraint `tags_pkey` primary key (`id`)) strict;
create unique index `tags_unique_name_index` on `tags`(`name`);
create table `article_tags` (`id` TEXT not null, `article_id` TEXT not null, `tag_id` TEXT not null, constraint `article_tags_pkey` primary key (`id`), constraint `article_tags_article_id_fkey` foreign key (`article_id`) references `articles` (`id`) on delete cascade on update no action, constraint `article_tags_tag_id_fkey` foreign key (`tag_id`) references `tags` (`id`) on delete cascade on update no action) strict;
create unique index `article_tags_unique_article_tag_index` on `article_tags`(`article_id`, `tag_id`);
create table `comments` (`id` TEXT not null, `body` TEXT not null, `inserted_at` TEXT not null, `updated_at` TEXT not null, `article_id` TEXT not null, `author_id` TEXT not null, constraint `comments_pkey` primary key (`id`), constraint `comments_article_id_fkey` foreign key (`article_id`) references `articles` (`id`) on delete cascade on update no action, constraint `comments_author_id_fkey` foreign key (`author_id`) references `users` (`id`) on delete cascade on update no action) strict;
