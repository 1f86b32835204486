-- Schema version 7: on SQLite the progress counts become WITHOUT ROWID tables (one b-tree each
-- instead of a table, its primary key and a covering index). PostgreSQL has no such tables: its
-- counts keep their heap, primary key and covering index of migration 003, so there is nothing to
-- change here; the version exists so that both dialects count their schema alike.
SELECT 1;
