-- Full-text search over every entity (src/search.ts). An FTS5 table with the trigram tokenizer, which folds case
-- and diacritics ("Sécurité" is found by "securite") and matches any substring of three or more characters, so a
-- query with a typo ("europl") still shares most of its trigrams with the right name. rowid = Entity.id.
-- Kept in step with "Entity" by the triggers below; aliases (a JSON array) are indexed as text separated by " | ".
CREATE VIRTUAL TABLE "EntitySearch" USING fts5(
    "name", "acronym", "aliases", "description", "kind" UNINDEXED,
    tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER "Entity_search_insert" AFTER INSERT ON "Entity" BEGIN
    INSERT INTO "EntitySearch" (rowid, "name", "acronym", "aliases", "description", "kind")
    VALUES (NEW."id", NEW."name", coalesce(NEW."acronym", ''),
            CASE WHEN json_valid(NEW."aliases") THEN (SELECT coalesce(group_concat(value, ' | '), '') FROM json_each(NEW."aliases")) ELSE NEW."aliases" END,
            coalesce(NEW."description", ''), NEW."kind");
END;

CREATE TRIGGER "Entity_search_update" AFTER UPDATE OF "name", "acronym", "aliases", "description", "kind" ON "Entity" BEGIN
    DELETE FROM "EntitySearch" WHERE rowid = OLD."id";
    INSERT INTO "EntitySearch" (rowid, "name", "acronym", "aliases", "description", "kind")
    VALUES (NEW."id", NEW."name", coalesce(NEW."acronym", ''),
            CASE WHEN json_valid(NEW."aliases") THEN (SELECT coalesce(group_concat(value, ' | '), '') FROM json_each(NEW."aliases")) ELSE NEW."aliases" END,
            coalesce(NEW."description", ''), NEW."kind");
END;

CREATE TRIGGER "Entity_search_delete" AFTER DELETE ON "Entity" BEGIN
    DELETE FROM "EntitySearch" WHERE rowid = OLD."id";
END;

INSERT INTO "EntitySearch" (rowid, "name", "acronym", "aliases", "description", "kind")
SELECT "id", "name", coalesce("acronym", ''),
       CASE WHEN json_valid("aliases") THEN (SELECT coalesce(group_concat(value, ' | '), '') FROM json_each("Entity"."aliases")) ELSE "aliases" END,
       coalesce("description", ''), "kind"
FROM "Entity";
