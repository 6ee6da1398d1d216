-- Ashlar migration version 20261121060455 "create_shop", repo main, dialect sqlite
-- Generated; never edit a migration once applied (its checksum is verified).
-- steps:
--   create table customers
--   create table products
--   create table orders
--   create table order_lines

create table `customers` (`id` TEXT not null, `email` TEXT not null, `name` TEXT not null, `inserted_at` TEXT not null, `updated_at` TEXT not null, constraint `customers_pkey` primary key (`id`)) strict;
create unique index `customers_unique_email_index` on `customers`(lower(`email`));
create table `products` (`id` INTEGER not null, `name` TEXT not null, `price` TEXT not null, `stock` INTEGER not null default (0), constraint `products_pkey` primary key (`id`)) strict;
create unique index `products_unique_name_index` on `products`(`name`);
create table `orders` (`id` TEXT not null, `status` TEXT not null default ('open'), `inserted_at` TEXT not null, `updated_at` TEXT not null, `customer_id` TEXT not null, constraint `orders_pkey` primary key (`id`), constraint `orders_customer_id_fkey` foreign key (`customer_id`) references `customers` (`id`) on delete cascade on update no action, constraint `orders_status_check` check (`status` in ('open', 'paid', 'shipped'))) strict;
create table `order_lines` (`id` TEXT not null, `quantity` INTEGER not null, `unit_price` TEXT not null, `order_id` TEXT not null, `product_id` INTEGER not null, constraint `order_lines_pkey` primary key (`id`), constraint `order_lines_order_id_fkey` foreign key (`order_id`) references `orders` (`id`) on delete cascade on update no action, constraint `order_lines_product_id_fkey` foreign key (`product_id`) references `products` (`id`) on delete no action on update no action) strict;
