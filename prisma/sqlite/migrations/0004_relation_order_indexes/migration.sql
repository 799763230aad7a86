-- Relationship lists are read per entity in (validFrom, id) order with a per-entity LIMIT (src/relation-window.ts):
-- these indexes give each entity's relations of a kind already in that order, so a hub costs LIMIT entries, not its
-- degree. They replace the (fromId, kind) and (toId, kind) indexes, whose prefixes they keep.

-- DropIndex
DROP INDEX "Relation_fromId_kind_idx";

-- DropIndex
DROP INDEX "Relation_toId_kind_idx";

-- CreateIndex
CREATE INDEX "Relation_fromId_kind_validFrom_id_idx" ON "Relation"("fromId", "kind", "validFrom", "id");

-- CreateIndex
CREATE INDEX "Relation_toId_kind_validFrom_id_idx" ON "Relation"("toId", "kind", "validFrom", "id");
