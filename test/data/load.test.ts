// Loading data/: migrations from empty, every record sourced, loading twice changes nothing, and a broken file
// is refused with an error naming the file, the record and the field, leaving the database as it was.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR, prepareDatabase } from "../../src/data/bootstrap.js";
import { loadDataDir } from "../../src/data/load.js";
import { DataErrors } from "../../src/data/read.js";
import { availableProviders, emptyDatabase, type TestDb } from "../helpers/db.js";

async function snapshot(t: TestDb) {
  const p = t.db.prisma;
  const [entities, relations, claims, citations, sources] = await Promise.all([
    p.entity.findMany({ orderBy: { id: "asc" } }),
    p.relation.findMany({ orderBy: { id: "asc" } }),
    p.claim.findMany({ orderBy: { id: "asc" } }),
    p.citation.findMany({ orderBy: { id: "asc" } }),
    p.source.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { entities, relations, claims, citations, sources };
}

function brokenCopy(mutate: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "policing-graph-data-"));
  cpSync(DATA_DIR, dir, { recursive: true });
  mutate(dir);
  return dir;
}

describe.each(await availableProviders())("loading data/ on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await emptyDatabase(provider);
  }, 60_000);
  afterAll(async () => t?.drop());

  it("migrates an empty database and loads every record with a source", async () => {
    const { migrations, seeded } = await prepareDatabase(t.db, { seed: "if-empty" });
    expect(migrations.length).toBeGreaterThan(0);
    expect(seeded!.entities).toBeGreaterThan(400);
    expect(seeded!.relations).toBeGreaterThan(300);
    const p = t.db.prisma;
    expect(await p.entity.count({ where: { citations: { none: {} } } })).toBe(0);
    expect(await p.relation.count({ where: { citations: { none: {} } } })).toBe(0);
    expect(await p.claim.count({ where: { citations: { none: {} } } })).toBe(0);
    // A second start applies nothing and loads nothing.
    expect(await prepareDatabase(t.db, { seed: "if-empty" })).toEqual({ migrations: [], seeded: null });
  });

  it("loading twice changes nothing", async () => {
    const before = await snapshot(t);
    const again = await loadDataDir(t.db.prisma, DATA_DIR);
    expect(again.written).toEqual({ created: 0, updated: 0, deleted: 0 });
    const after = await snapshot(t);
    expect(after).toEqual(before);
  });

  it("a broken file is refused, naming file, record and field, and nothing is written", async () => {
    const before = await snapshot(t);
    const dir = brokenCopy((d) => {
      const f = join(d, "relations", "organizations.yaml");
      // An unknown partner, and a relation without sources, in a file that otherwise loads.
      writeFileSync(f, readFileSync(f, "utf8") + `
- kind: COOPERATES_WITH
  from: org:europol
  to: org:no-such-body
  sources: [eur-lex]
- kind: OVERSEES
  from: org:edps
  to: org:europol
  sources: []
`);
    });
    try {
      await expect(loadDataDir(t.db.prisma, dir)).rejects.toThrow(DataErrors);
      const err = (await loadDataDir(t.db.prisma, dir).catch((e: unknown) => e)) as DataErrors;
      expect(err.message).toMatch(/relations\/organizations\.yaml:\d+: record #\d+ COOPERATES_WITH org:europol -> org:no-such-body, field 'to': unknown entity 'org:no-such-body'/);
      expect(err.message).toMatch(/OVERSEES org:edps -> org:europol, field 'sources': every fact needs at least one source/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it("a quote that is not in the seed document is refused", async () => {
    const dir = brokenCopy((d) => {
      const f = join(d, "crime-areas", "crime-areas.yaml");
      writeFileSync(f, readFileSync(f, "utf8") + `
- slug: invented-crime
  name: Invented crime
  sources: [{ source: seed-002, quote: "a sentence that the seed never wrote" }]
`);
    });
    try {
      const err = (await loadDataDir(t.db.prisma, dir).catch((e: unknown) => e)) as DataErrors;
      expect(err).toBeInstanceOf(DataErrors);
      expect(err.message).toMatch(/crime-areas\.yaml:\d+: record 'invented-crime', field 'sources\.0\.quote': passage not found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await t.db.prisma.entity.count({ where: { slug: "invented-crime" } })).toBe(0);
  });

  it("a failure in the middle of a load rolls the whole load back", async () => {
    const p = t.db.prisma;
    // A database trigger refuses one record that comes after many others in the same load.
    if (provider === "sqlite")
      await p.$executeRawUnsafe(`CREATE TRIGGER refuse_probe BEFORE INSERT ON "Entity" WHEN NEW.slug = 'late-failure-probe' BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`);
    else {
      await p.$executeRawUnsafe(`CREATE FUNCTION refuse_probe() RETURNS trigger AS $$ BEGIN IF NEW.slug = 'late-failure-probe' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await p.$executeRawUnsafe(`CREATE TRIGGER refuse_probe BEFORE INSERT ON "Entity" FOR EACH ROW EXECUTE FUNCTION refuse_probe()`);
    }
    const dir = brokenCopy((d) => {
      // Change an organization (written early) and add the refused record (written later).
      const orgs = join(d, "organizations", "organizations.yaml");
      writeFileSync(orgs, readFileSync(orgs, "utf8").replace("European Union Agency for Law Enforcement Cooperation", "Changed name"));
      const f = join(d, "crime-areas", "crime-areas.yaml");
      writeFileSync(f, readFileSync(f, "utf8") + `
- slug: late-failure-probe
  name: Late failure probe
  sources: [seed-002]
`);
    });
    const before = await snapshot(t);
    try {
      await expect(loadDataDir(p, dir)).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await p.$executeRawUnsafe(`DROP TRIGGER refuse_probe${provider === "postgresql" ? ` ON "Entity"` : ""}`);
    }
    expect(await snapshot(t)).toEqual(before);
    expect((await p.entity.findFirstOrThrow({ where: { slug: "europol" } })).name).toBe("European Union Agency for Law Enforcement Cooperation");
  });
});
