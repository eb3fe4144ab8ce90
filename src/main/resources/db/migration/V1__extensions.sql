-- Trigram indexes serve the searches without diacritics; ltree is kept for later tree paths.
create extension if not exists pg_trgm;
