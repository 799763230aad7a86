// Imports: validation errors naming file, line and field; all or nothing; dry runs; and the round trip
// export -> import into an empty migrated database -> export, byte-identical, for CSV and JSON-LD.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, emptyDatabase, seededDatabase, type TestDb } from "../helpers/db.js";
import { migrate } from "../../src/store/migrate.js";
import { writeCsv } from "../../src/export/csv.js";
import { writeJsonLd } from "../../src/export/jsonld.js";
import { importFiles } from "../../src/import/load.js";
import { ImportErrors } from "../../src/import/read.js";
import { collect } from "../export/helpers.js";
import type { Db } from "../../src/store/db.js";

const providers = await availableProviders();
const dir = mkdtempSync(join(tmpdir(), "policing-graph-import-"));

async function exportAll(prisma: Db, prefix: string) {
  const files = {
    nodes: join(dir, `${prefix}-nodes.csv`),
    edges: join(dir, `${prefix}-edges.csv`),
    jsonld: join(dir, `${prefix}.jsonld`),
  };
  writeFileSync(files.nodes, await collect((o) => writeCsv(prisma, "nodes", {}, o)));
  writeFileSync(files.edges, await collect((o) => writeCsv(prisma, "edges", {}, o)));
  writeFileSync(files.jsonld, await collect((o) => writeJsonLd(prisma, {}, o)));
  return files;
}

const counts = async (prisma: Db) => ({
  entities: await prisma.entity.count(),
  relations: await prisma.relation.count(),
  citations: await prisma.citation.count(),
  sources: await prisma.source.count(),
});

describe.each(providers)("import on %s", (provider) => {
  let seeded: TestDb;
  let files: Awaited<ReturnType<typeof exportAll>>;
  const empties: TestDb[] = [];
  const emptyMigrated = async () => {
    const t = await emptyDatabase(provider);
    empties.push(t);
    await migrate(t.url);
    return t;
  };
  beforeAll(async () => {
    seeded = await seededDatabase(provider);
    files = await exportAll(seeded.db.prisma, `${provider}-a`);
  });
  afterAll(async () => {
    await seeded?.drop();
    for (const t of empties) await t.drop();
  });

  it("CSV round trip: export, import into an empty database, export again: byte-identical", async () => {
    const t = await emptyMigrated();
    const s = await importFiles(t.db.prisma, [files.nodes, files.edges]);
    expect(s.nodes.ORGANIZATION.created).toBe(await seeded.db.prisma.entity.count({ where: { kind: "ORGANIZATION" } }));
    expect(s.sourcesCreated).toBeGreaterThan(0);
    const again = await exportAll(t.db.prisma, `${provider}-b`);
    expect(readFileSync(again.nodes, "utf8")).toBe(readFileSync(files.nodes, "utf8"));
    expect(readFileSync(again.edges, "utf8")).toBe(readFileSync(files.edges, "utf8"));
    // imported relation keys are the importer's own
    expect(await t.db.prisma.relation.count({ where: { key: { startsWith: "data:" } } })).toBe(0);
    // importing the same files again changes nothing
    const twice = await importFiles(t.db.prisma, [files.nodes, files.edges], { dryRun: true });
    expect(Object.values(twice.nodes).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(Object.values(twice.edges).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
  });

  it("JSON-LD round trip is byte-identical too", async () => {
    const t = await emptyMigrated();
    await importFiles(t.db.prisma, [files.jsonld]);
    const again = await exportAll(t.db.prisma, `${provider}-c`);
    expect(readFileSync(again.jsonld, "utf8")).toBe(readFileSync(files.jsonld, "utf8"));
  });

  it("plain {nodes, edges} JSON, and a dry run that reports without writing", async () => {
    const t = await emptyMigrated();
    const file = join(dir, `${provider}-plain.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          nodes: [
            { kind: "ORGANIZATION", slug: "alpha", name: "Alpha Police", orgKind: "NATIONAL_AGENCY", sources: ["my-survey"], wikidata: "Q1" },
            { kind: "COUNTRY", slug: "zz", name: "Zedland", isoAlpha2: "ZZ", sources: ["my-survey"] },
          ],
          edges: [{ kind: "HOSTED_IN", source: "ORGANIZATION:alpha", target: "COUNTRY:zz", validFrom: "2001-01-01", sources: ["my-survey"], facts: ["F001"] }],
        },
        null,
        2,
      ),
    );
    const before = await counts(t.db.prisma);
    const dry = await importFiles(t.db.prisma, [file], { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.nodes).toEqual({ ORGANIZATION: { created: 1, updated: 0, unchanged: 0 }, COUNTRY: { created: 1, updated: 0, unchanged: 0 } });
    expect(dry.edges).toEqual({ HOSTED_IN: { created: 1, updated: 0, unchanged: 0 } });
    expect(await counts(t.db.prisma)).toEqual(before);
    await importFiles(t.db.prisma, [file]);
    expect(await t.db.prisma.entity.count()).toBe(2);
    const rel = await t.db.prisma.relation.findFirstOrThrow({ include: { citations: { include: { source: true } } } });
    expect(rel.key).toMatch(/^import:HOSTED_IN:/);
    expect(rel.citations.map((c) => [c.source.slug, c.facts])).toEqual([["my-survey", "F001"]]);
    // change one field: updated, not created
    const changed = readFileSync(file, "utf8").replace("Alpha Police", "Alpha Police Service");
    writeFileSync(file, changed);
    const upd = await importFiles(t.db.prisma, [file], { dryRun: true });
    expect(upd.nodes.ORGANIZATION).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(upd.nodes.COUNTRY).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it("validation errors name file, line and field; nothing is written", async () => {
    const file = join(dir, `${provider}-bad-nodes.csv`);
    writeFileSync(
      file,
      "id,kind,slug,name,wikidata,foundedYear,sources\r\n" +
        "ORGANIZATION:ok,ORGANIZATION,ok,Fine,Q5,1990,my-survey\r\n" +
        "ORGANIZATION:bad,ORGANIZATION,bad,Bad,X5,1990,my-survey\r\n" +
        "ORGANIZATION:bad2,ORGANIZATION,bad2,Bad,,nineteen,my-survey\r\n" +
        "PLANET:mars,PLANET,mars,Mars,,,my-survey\r\n",
    );
    const err = await importFiles(seeded.db.prisma, [file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportErrors);
    const errors = (err as ImportErrors).errors.map((e) => ({ file: e.file, line: e.line, field: e.field }));
    expect(errors).toContainEqual({ file: `${provider}-bad-nodes.csv`, line: 3, field: "wikidata" });
    expect(errors).toContainEqual({ file: `${provider}-bad-nodes.csv`, line: 4, field: "foundedYear" });
    expect(errors).toContainEqual({ file: `${provider}-bad-nodes.csv`, line: 5, field: "kind" });
    expect((err as Error).message).toContain(`${provider}-bad-nodes.csv:3: record ORGANIZATION:bad, field 'wikidata'`);
    const unknownCol = join(dir, `${provider}-bad-col.csv`);
    writeFileSync(unknownCol, "kind,slug,name,colour_code,sources\nTOPIC,t,T,red,s\n");
    await expect(importFiles(seeded.db.prisma, [unknownCol])).rejects.toThrow(/:1: record header, field 'colour_code'/);
  });

  it("all or nothing: a bad row late in the file (an unknown node) leaves the database unchanged", async () => {
    const before = await counts(seeded.db.prisma);
    const lines = readFileSync(files.edges, "utf8").trimEnd().split("\r\n");
    const header = lines[0];
    const good = lines.slice(1, 40).map((l) => l.replace(/^([A-Z_]+):/, "$1:changed-")); // new ids: would be created
    const last = "MEMBER_OF:zzz,MEMBER_OF,ORGANIZATION:europol,ORGANIZATION:no-such-body,,,,,,,,,,,,HIGH,,interpol-site,";
    const file = join(dir, `${provider}-late-bad-edges.csv`);
    writeFileSync(file, [header, ...good, last].join("\r\n") + "\r\n");
    const err = (await importFiles(seeded.db.prisma, [files.nodes, file]).catch((e: unknown) => e)) as ImportErrors;
    expect(err).toBeInstanceOf(ImportErrors);
    expect(err.errors[0]).toMatchObject({ file: `${provider}-late-bad-edges.csv`, line: 41, field: "target" });
    expect(await counts(seeded.db.prisma)).toEqual(before);
    expect(await seeded.db.prisma.relation.count({ where: { key: { startsWith: "import:" } } })).toBe(0);
  });

  it("importing the export back into its own database changes nothing (matches data/ rows)", async () => {
    const s = await importFiles(seeded.db.prisma, [files.nodes, files.edges], { dryRun: true });
    expect(Object.values(s.nodes).reduce((a, c) => a + c.created + c.updated, 0)).toBe(0);
    expect(Object.values(s.edges).reduce((a, c) => a + c.created + c.updated, 0)).toBe(0);
  });
});
