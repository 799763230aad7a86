// "What connects X to Y?" and "what is around X?" on the seeded graph, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { gql, testServer, type Yoga } from "../../helpers/http.js";

const PATH = `
  query($from: ID!, $to: ID!, $kinds: [RelationKind!], $maxHops: Int, $k: Int, $asOf: Date) {
    paths(from: $from, to: $to, kinds: $kinds, maxHops: $maxHops, k: $k, asOf: $asOf) {
      length
      nodes { slug kind }
      steps { forward from { slug } to { slug } relationship { kind sources { slug } } }
    }
  }`;

describe.each(await availableProviders())("paths and neighbourhood on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("what connects Eurojust to the African Union? a sourced path, one statement per BFS level", async () => {
    const r = await q(PATH, { from: "org:eurojust", to: "org:au" });
    expect(r.errors).toBeUndefined();
    const [p] = r.data.paths;
    expect(p.nodes[0].slug).toBe("eurojust");
    expect(p.nodes.at(-1).slug).toBe("au");
    expect(p.length).toBe(p.steps.length);
    expect(p.length).toBeLessThanOrEqual(4);
    for (const [i, s] of p.steps.entries()) {
      expect(s.from.slug).toBe(p.nodes[i].slug);
      expect(s.to.slug).toBe(p.nodes[i + 1].slug);
      expect(s.relationship.sources.length).toBeGreaterThan(0);
    }
    // endpoints (2) + at most maxHops levels + entities (1) + citations and sources (2)
    expect(r.statements).toBeLessThanOrEqual(2 + 4 + 3);
  });

  it("a country to INTERPOL: Palau is a member, by global id as well as by 'country:PW'", async () => {
    const r = await q(PATH, { from: "country:PW", to: "org:interpol", kinds: ["MEMBER_OF"] });
    expect(r.errors).toBeUndefined();
    expect(r.data.paths).toHaveLength(1);
    expect(r.data.paths[0]).toMatchObject({
      length: 1,
      nodes: [{ slug: "pw", kind: "COUNTRY" }, { slug: "interpol", kind: "ORGANIZATION" }],
      steps: [{ forward: true, relationship: { kind: "MEMBER_OF" } }],
    });
    const ids = await q(`{ country(code: "PW") { id } organization(slug: "interpol") { id } }`);
    const byId = await q(PATH, { from: ids.data.organization.id, to: ids.data.country.id, kinds: ["MEMBER_OF"] });
    expect(byId.data.paths[0].nodes.map((n: any) => n.slug)).toEqual(["interpol", "pw"]);
    expect(byId.data.paths[0].steps[0].forward).toBe(false);
  });

  it("k shortest paths: Europol to INTERPOL directly, then through others, shortest first and simple", async () => {
    const r = await q(PATH, { from: "org:europol", to: "org:interpol", k: 3, kinds: ["COOPERATES_WITH", "PART_OF", "OVERSEES"] });
    expect(r.errors).toBeUndefined();
    const paths = r.data.paths;
    expect(paths).toHaveLength(3);
    expect(paths[0].length).toBe(1);
    expect(paths.map((p: any) => p.length)).toEqual([...paths.map((p: any) => p.length)].sort());
    const seqs = paths.map((p: any) => p.nodes.map((n: any) => n.slug).join(">"));
    expect(new Set(seqs).size).toBe(3);
    for (const p of paths) expect(new Set(p.nodes.map((n: any) => n.slug)).size).toBe(p.nodes.length);
    expect(seqs).toContain("europol>eurojust>interpol");
  });

  it("only the chosen kinds, and asOf: before the 2001 agreement Europol and INTERPOL had no direct link", async () => {
    const now = await q(PATH, { from: "org:europol", to: "org:interpol", kinds: ["COOPERATES_WITH"] });
    expect(now.data.paths[0].length).toBe(1);
    const none = await q(PATH, { from: "org:europol", to: "org:interpol", kinds: ["HOSTED_IN"] });
    expect(none.data.paths).toEqual([]);
    const early = await q(PATH, { from: "org:europol", to: "org:interpol", kinds: ["COOPERATES_WITH"], asOf: "1995-01-01" });
    expect(early.errors).toBeUndefined();
    for (const p of early.data.paths) expect(p.length).toBeGreaterThan(1);
  });

  it("neighbourhood of Europol: its overseers and partners, sourced, one statement per level", async () => {
    const r = await q(`{ neighbourhood(of: "org:europol", kinds: [OVERSEES, COOPERATES_WITH]) {
      truncated nodes { slug } relationships { kind from { slug } to { slug } sources { slug } } } }`);
    expect(r.errors).toBeUndefined();
    const n = r.data.neighbourhood;
    expect(n.nodes[0].slug).toBe("europol");
    expect(n.nodes.map((x: any) => x.slug)).toEqual(expect.arrayContaining(["jpsg", "edps", "europol-mb", "interpol", "eurojust"]));
    for (const rel of n.relationships) expect(rel.sources.length).toBeGreaterThan(0);
    expect(n.truncated).toBe(false);
    const two = await q(`{ neighbourhood(of: "org:europol", depth: 2, limit: 10) { truncated nodes { slug } } }`);
    expect(two.data.neighbourhood.nodes).toHaveLength(10);
    expect(two.data.neighbourhood.truncated).toBe(true);
    expect(two.statements).toBeLessThanOrEqual(1 + 2 + 1);
  });

  it("caps: maxHops, k, depth and limit beyond range are BAD_USER_INPUT naming the argument", async () => {
    for (const [vars, arg] of [
      [{ maxHops: 7 }, "maxHops"],
      [{ maxHops: 0 }, "maxHops"],
      [{ k: 6 }, "k"],
      [{ k: 0 }, "k"],
    ] as const) {
      const r = await q(PATH, { from: "org:eurojust", to: "org:au", ...vars });
      expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: arg });
      expect(r.statements).toBe(0);
    }
    const d = await q(`{ neighbourhood(of: "org:europol", depth: 4) { truncated } }`);
    expect(d.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "depth" });
    const l = await q(`{ neighbourhood(of: "org:europol", limit: 5000) { truncated } }`);
    expect(l.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "limit" });
  });

  it("unknown entities are NOT_FOUND naming the input; malformed ids BAD_USER_INPUT naming the argument", async () => {
    const unknown = await q(PATH, { from: "org:no-such-body", to: "org:au" });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", input: "org:no-such-body" });
    const unknownId = await q(PATH, { from: "org:eurojust", to: Buffer.from("Organization:999999").toString("base64") });
    expect(unknownId.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND" });
    const malformed = await q(PATH, { from: "not an id", to: "org:au" });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "from" });
    const relId = await q(PATH, { from: "org:eurojust", to: Buffer.from("Membership:1").toString("base64") });
    expect(relId.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "to" });
    const hood = await q(`{ neighbourhood(of: "crime:no-such-crime") { truncated } }`);
    expect(hood.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", input: "crime:no-such-crime" });
  });

  it("statement count stays bounded at maxHops 6 and k 5 over every kind", async () => {
    const r = await q(PATH, { from: "country:PW", to: "mission:eulex-kosovo", maxHops: 6, k: 5 });
    expect(r.errors).toBeUndefined();
    expect(r.data.paths.length).toBeGreaterThan(0);
    expect(r.statements).toBeLessThanOrEqual(2 + 6 + 3);
  });
});
