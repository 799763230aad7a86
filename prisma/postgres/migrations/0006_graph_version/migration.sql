-- A counter that every change to the graph's shape bumps (src/graph-index.ts): relationships added, removed,
-- re-pointed, re-dated or retired, and entities retired or removed. Servers keep the graph in memory for path
-- searches and rebuild it when the counter they built from is no longer the database's. Written by statement
-- triggers, so every writer (curation, seed, imports, scripts, another instance) is seen, once per statement.
-- Not modelled in schema.prisma.
CREATE TABLE "GraphVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "version" BIGINT NOT NULL DEFAULT 0
);
INSERT INTO "GraphVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "graph_version_bump"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "GraphVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Relation_graph_change"
    AFTER INSERT OR DELETE OR UPDATE OF "kind", "fromId", "toId", "validFrom", "validTo", "retiredAt" ON "Relation"
    FOR EACH STATEMENT EXECUTE FUNCTION "graph_version_bump"();
CREATE TRIGGER "Relation_graph_truncate" AFTER TRUNCATE ON "Relation"
    FOR EACH STATEMENT EXECUTE FUNCTION "graph_version_bump"();
CREATE TRIGGER "Entity_graph_change"
    AFTER DELETE OR UPDATE OF "retiredAt" ON "Entity"
    FOR EACH STATEMENT EXECUTE FUNCTION "graph_version_bump"();
