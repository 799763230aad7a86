-- A counter that every change to the graph's shape bumps (src/graph-index.ts): relationships added, removed,
-- re-pointed, re-dated or retired, and entities retired or removed. Servers keep the graph in memory for path
-- searches and rebuild it when the counter they built from is no longer the database's. Written by triggers, so
-- every writer (curation, seed, imports, scripts, another instance) is seen. Not modelled in schema.prisma.
CREATE TABLE "GraphVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "version" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "GraphVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "Relation_graph_insert" AFTER INSERT ON "Relation" BEGIN
    UPDATE "GraphVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Relation_graph_update" AFTER UPDATE OF "kind", "fromId", "toId", "validFrom", "validTo", "retiredAt" ON "Relation" BEGIN
    UPDATE "GraphVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Relation_graph_delete" AFTER DELETE ON "Relation" BEGIN
    UPDATE "GraphVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Entity_graph_update" AFTER UPDATE OF "retiredAt" ON "Entity" BEGIN
    UPDATE "GraphVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Entity_graph_delete" AFTER DELETE ON "Entity" BEGIN
    UPDATE "GraphVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
