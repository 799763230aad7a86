-- CreateTable
CREATE TABLE "Entity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "description" TEXT,
    "wikidataId" TEXT,
    "confidence" TEXT NOT NULL DEFAULT 'HIGH',
    "orgKind" TEXT,
    "sovereigntyModel" TEXT,
    "executivePowers" BOOLEAN,
    "authorityBases" TEXT NOT NULL DEFAULT '[]',
    "headquarters" TEXT,
    "headquartersCountryId" INTEGER,
    "foundedYear" INTEGER,
    "memberCount" INTEGER,
    "legalBasis" TEXT,
    "mandate" TEXT,
    "isoAlpha2" TEXT,
    "isoAlpha3" TEXT,
    "isoNumeric" TEXT,
    "region" TEXT,
    "subregion" TEXT,
    "statusNote" TEXT,
    "startDate" DATETIME,
    "endDate" DATETIME,
    "executive" BOOLEAN,
    "policeComponent" TEXT,
    "toolKind" TEXT,
    "colour" TEXT,
    "category" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Entity_headquartersCountryId_fkey" FOREIGN KEY ("headquartersCountryId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityId" INTEGER NOT NULL,
    "property" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "valueNumber" REAL,
    "unit" TEXT,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "preferred" BOOLEAN NOT NULL DEFAULT false,
    "confidence" TEXT NOT NULL DEFAULT 'HIGH',
    "note" TEXT,
    "key" TEXT NOT NULL,
    CONSTRAINT "Claim_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Relation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "subtype" TEXT,
    "agreement" TEXT,
    "description" TEXT,
    "viaId" INTEGER,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "value" TEXT,
    "min" REAL,
    "max" REAL,
    "unit" TEXT,
    "values" TEXT NOT NULL DEFAULT '[]',
    "confidence" TEXT NOT NULL DEFAULT 'HIGH',
    "note" TEXT,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Relation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Relation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Relation_viaId_fkey" FOREIGN KEY ("viaId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "document" TEXT,
    "content" TEXT,
    "publisher" TEXT,
    "url" TEXT,
    "year" INTEGER,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "entityId" INTEGER,
    "claimId" INTEGER,
    "relationId" INTEGER,
    "facts" TEXT NOT NULL DEFAULT '',
    "quote" TEXT,
    "start" INTEGER,
    "end" INTEGER,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "Relation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Entity_kind_name_idx" ON "Entity"("kind", "name");

-- CreateIndex
CREATE INDEX "Entity_wikidataId_idx" ON "Entity"("wikidataId");

-- CreateIndex
CREATE INDEX "Entity_isoAlpha3_idx" ON "Entity"("isoAlpha3");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_kind_slug_key" ON "Entity"("kind", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_key_key" ON "Claim"("key");

-- CreateIndex
CREATE INDEX "Claim_entityId_property_idx" ON "Claim"("entityId", "property");

-- CreateIndex
CREATE UNIQUE INDEX "Relation_key_key" ON "Relation"("key");

-- CreateIndex
CREATE INDEX "Relation_fromId_kind_idx" ON "Relation"("fromId", "kind");

-- CreateIndex
CREATE INDEX "Relation_toId_kind_idx" ON "Relation"("toId", "kind");

-- CreateIndex
CREATE INDEX "Relation_kind_validFrom_idx" ON "Relation"("kind", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE INDEX "Citation_entityId_idx" ON "Citation"("entityId");

-- CreateIndex
CREATE INDEX "Citation_claimId_idx" ON "Citation"("claimId");

-- CreateIndex
CREATE INDEX "Citation_relationId_idx" ON "Citation"("relationId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
