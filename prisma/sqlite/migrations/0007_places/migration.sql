-- Places as data (issue 14): City entities (kind CITY) with optional coordinates, HEADQUARTERED_IN and LOCATED_IN
-- relationships, and the UN M49 intermediate region beside region and sub-region. The rows themselves come from
-- data/ (cities, relations/places.yaml, regions/m49.yaml): src/data/bootstrap.ts reloads data/ into a database that
-- already holds entities once this migration has been applied, so an existing database is carried over.
ALTER TABLE "Entity" ADD COLUMN "intermediateRegion" TEXT;
ALTER TABLE "Entity" ADD COLUMN "latitude" REAL;
ALTER TABLE "Entity" ADD COLUMN "longitude" REAL;
