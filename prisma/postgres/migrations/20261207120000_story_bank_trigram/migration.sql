-- Story bank search on PostgreSQL (issue 10, docs/decisions/010-story-bank-paging.md): a trigram
-- index on the normalised searchText, so that LIKE '%term%' (Prisma's `contains`) is answered
-- from the index instead of reading every draft. pg_trgm ships with PostgreSQL's contrib modules
-- and is a trusted extension (13+): the database's owner may create it without superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Draft_searchText_idx" ON "Draft" USING GIN ("searchText" gin_trgm_ops);
