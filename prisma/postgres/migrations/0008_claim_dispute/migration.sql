-- A claim may belong to a disagreement between sources (issue 14): only such claims may overlap another claim of
-- their property (src/data/read.ts checks it on every load and in `npm run data:check`).
ALTER TABLE "Claim" ADD COLUMN "dispute" TEXT;
