// Imports accept only what the API can serve and both databases can store: every class of bad value is refused
// before anything is written, naming file, line and field (the CLI exits 2), on SQLite and PostgreSQL.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer } from "../helpers/http.js";
import { runCli } from "../helpers/cli.js";
import { importFiles } from "../../src/import/load.js";
import { ImportErrors } from "../../src/import/read.js";
import type { Db } from "../../src/store/db.js";

const providers = await availableProviders();
const dir = mkdtempSync(join(tmpdir(), "policing-graph-import-validation-"));

const NODES = "kind,slug,name,orgKind,sovereigntyModel,authorityBases,foundedYear,memberCount,toolKind,category,sources\n";
const GOOD_NODE = "ORGANIZATION,fine-body,Fine Body,REGIONAL_BODY,,,1990,,,,my-survey\n";
const EDGES = "kind,source,target,subtype,validFrom,validTo,sources\n";
const GOOD_EDGE = "MEMBER_OF,COUNTRY:fr,ORGANIZATION:europol,,2001-01-01,,my-survey\n";
const json = (v: unknown) => JSON.stringify(v, null, 2);
const org = (extra: Record<string, unknown>) => ({ kind: "ORGANIZATION", slug: "json-body", name: "JSON Body", orgKind: "REGIONAL_BODY", sources: ["my-survey"], ...extra });

/**
 * One file per class of bad input: its content, and the line and field (or record) the error must name (a JSON
 * record's line is its id's, or its slug's).
 */
const CASES: { name: string; file: string; content: string | Buffer; line?: number; field?: string; record?: string }[] = [
  { name: "an organization kind outside the vocabulary", file: "org-kind.csv", content: NODES + GOOD_NODE + "ORGANIZATION,bad-kind,Bad,NOT_A_KIND,,,,,,,my-survey\n", line: 3, field: "orgKind" },
  { name: "an organization without its kind", file: "org-no-kind.csv", content: NODES + GOOD_NODE + "ORGANIZATION,no-kind,No Kind,,,,,,,,my-survey\n", line: 3, field: "orgKind" },
  { name: "a sovereignty model outside the vocabulary", file: "sovereignty.csv", content: NODES + "ORGANIZATION,sov,Sov,REGIONAL_BODY,MONARCHY,,,,,,my-survey\n", line: 2, field: "sovereigntyModel" },
  { name: "an authority basis outside the vocabulary", file: "authority.csv", content: NODES + "ORGANIZATION,auth,Auth,REGIONAL_BODY,,TREATY; MAGIC,,,,,my-survey\n", line: 2, field: "authorityBases.1" },
  { name: "a legal tool without its kind", file: "tool.csv", content: NODES + "LEGAL_TOOL,tool,Tool,,,,,,,,my-survey\n", line: 2, field: "toolKind" },
  { name: "a topic with a requirement's category", file: "topic.csv", content: NODES + "TOPIC,t,T,,,,,,,CITIZENSHIP,my-survey\n", line: 2, field: "category" },
  { name: "an integer beyond 32 bits", file: "big.csv", content: NODES + "ORGANIZATION,big,Big,REGIONAL_BODY,,,,99999999999,,,my-survey\n", line: 2, field: "memberCount" },
  { name: "bytes that are not UTF-8", file: "latin1.csv", content: Buffer.concat([Buffer.from(NODES + GOOD_NODE + "ORGANIZATION,latin,Caf"), Buffer.from([0xe9]), Buffer.from(",REGIONAL_BODY,,,,,,,my-survey\n")]), line: 3 },
  { name: "year 0", file: "year0.csv", content: EDGES + GOOD_EDGE + "MEMBER_OF,COUNTRY:de,ORGANIZATION:europol,,0000-06-01,,my-survey\n", line: 3, field: "validFrom" },
  { name: "a subtype outside the data files' form", file: "subtype.csv", content: EDGES + "MEMBER_OF,COUNTRY:de,ORGANIZATION:europol,full member,,,my-survey\n", line: 2, field: "subtype" },
  { name: "an end of the wrong kind", file: "ends.csv", content: EDGES + "HOSTED_IN,ORGANIZATION:europol,ORGANIZATION:interpol,,,,my-survey\n", line: 2, field: "target" },
  { name: "a NUL character", file: "nul.json", content: json({ nodes: [org({ name: "Nul\u0000Body" })] }), line: 5, field: "name" },
  { name: "an unpaired surrogate", file: "surrogate.json", content: json({ nodes: [org({ description: "half \ud800 a pair" })] }).replace("\ud800", "\\ud800"), line: 5, field: "description" },
  { name: "edges that are not an array", file: "edges-string.json", content: json({ nodes: [org({})], edges: "oops" }), field: "edges" },
  { name: "edges that are not objects", file: "edges-items.json", content: json({ nodes: [org({})], edges: [1, null, ["x"]] }), record: "edges[0]" },
  { name: "nodes that are not an array", file: "nodes-object.json", content: json({ nodes: { a: 1 }, edges: [] }), field: "nodes" },
];

const counts = async (prisma: Db) => ({
  entities: await prisma.entity.count(),
  relations: await prisma.relation.count(),
  citations: await prisma.citation.count(),
  sources: await prisma.source.count(),
});

describe.each(providers)("import validation on %s", (provider) => {
  let t: TestDb;
  const files = CASES.map((c) => ({ ...c, path: join(dir, `${provider}-${c.file}`) }));
  beforeAll(async () => {
    t = await seededDatabase(provider);
    for (const f of files) writeFileSync(f.path, f.content);
  }, 120_000);
  afterAll(() => t?.drop());

  it.each(files.map((f) => [f.name, f] as const))("refuses %s: a typed error naming file, line and field; nothing written", async (_name, f) => {
    const before = await counts(t.db.prisma);
    const err = await importFiles(t.db.prisma, [f.path]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportErrors);
    const errors = (err as ImportErrors).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({
      file: `${provider}-${f.file}`,
      ...(f.line ? { line: f.line } : {}),
      ...(f.field ? { field: f.field } : {}),
      ...(f.record ? { record: f.record } : {}),
    });
    expect(await counts(t.db.prisma)).toEqual(before);
  });

  it("the CLI exits 2 listing every bad file, and the API still serves every organization's kind", async () => {
    const before = await counts(t.db.prisma);
    const r = await runCli(["import", ...files.map((f) => f.path)], { DATABASE_URL: t.url });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Data error: /);
    expect(r.stderr).not.toMatch(/TypeError|Database error|\n\s+at /);
    for (const f of files) expect(r.stderr).toContain(`${provider}-${f.file}${f.line ? `:${f.line}` : ""}`);
    expect(await counts(t.db.prisma)).toEqual(before);
    const yoga = testServer(t.db);
    const res = await gql<{ organizations: { totalCount: number; edges: { node: { organizationKind: string } }[] } }>(
      yoga,
      t.db,
      `{ organizations(first: 100) { totalCount edges { node { organizationKind } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.organizations.edges.length).toBeGreaterThan(0);
  }, 60_000);

  it("the good rows of those files import once the bad ones are gone", async () => {
    const good = join(dir, `${provider}-good.csv`);
    writeFileSync(good, NODES + GOOD_NODE);
    const r = await runCli(["import", good, "--json"], { DATABASE_URL: t.url });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).nodes.ORGANIZATION.created).toBe(1);
  }, 60_000);
});
