-- Ashlar rollback of version 20261121060455 "create_shop", repo main, dialect sqlite
-- Generated; never edit a migration once applied (its checksum is verified).
-- destructive: drop table order_lines
-- destructive: drop table orders
-- destructive: drop table products
-- destructive: drop table customers
-- steps:
--   drop table order_lines
--   drop table orders
--   drop table products
--   drop table customers

drop table `order_lines`;
drop table `orders`;
drop table `products`;
drop table `customers`;
