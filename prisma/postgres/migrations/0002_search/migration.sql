-- Full-text search over every entity (src/search.ts): a tsvector (names weighted A, aliases B, description C) for
-- word and prefix matches, and pg_trgm similarity on the folded names for typos. Text is folded (lower case, no
-- diacritics, via unaccent) on both sides, so "securite" finds "Sécurité" and "Haïti" finds "Haiti".
-- pg_trgm and unaccent are trusted extensions: a database owner may create them.
-- "EntitySearch" is kept in step with "Entity" by a trigger; a deleted entity's row goes by the foreign key.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION "search_fold"(t TEXT) RETURNS TEXT LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT lower(unaccent(coalesce(t, ''))) $$;

CREATE TABLE "EntitySearch" (
    "entityId" INTEGER NOT NULL PRIMARY KEY REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "kind" TEXT NOT NULL,
    -- folded name | acronym | aliases
    "names" TEXT NOT NULL,
    "document" TSVECTOR NOT NULL
);
CREATE INDEX "EntitySearch_document_idx" ON "EntitySearch" USING gin ("document");
CREATE INDEX "EntitySearch_names_trgm_idx" ON "EntitySearch" USING gin ("names" gin_trgm_ops);

CREATE FUNCTION "entity_search_sync"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    aliases TEXT := (SELECT coalesce(string_agg(a, ' | '), '') FROM json_array_elements_text(
        CASE WHEN NEW."aliases" ~ '^\s*\[' THEN NEW."aliases"::json ELSE '[]'::json END) a);
BEGIN
    INSERT INTO "EntitySearch" ("entityId", "kind", "names", "document")
    VALUES (
        NEW."id", NEW."kind",
        "search_fold"(concat_ws(' | ', NEW."name", NEW."acronym", aliases)),
        setweight(to_tsvector('simple', "search_fold"(NEW."name")), 'A')
            || setweight(to_tsvector('simple', "search_fold"(NEW."acronym")), 'A')
            || setweight(to_tsvector('simple', "search_fold"(aliases)), 'B')
            || setweight(to_tsvector('simple', "search_fold"(NEW."description")), 'C')
    )
    ON CONFLICT ("entityId") DO UPDATE SET "kind" = EXCLUDED."kind", "names" = EXCLUDED."names", "document" = EXCLUDED."document";
    RETURN NEW;
END $$;

CREATE TRIGGER "Entity_search_sync" AFTER INSERT OR UPDATE OF "name", "acronym", "aliases", "description", "kind" ON "Entity"
    FOR EACH ROW EXECUTE FUNCTION "entity_search_sync"();

-- Existing rows: touching them fires the trigger.
UPDATE "Entity" SET "name" = "name";
