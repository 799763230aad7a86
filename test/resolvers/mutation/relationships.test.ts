// createRelationship / updateRelationship / retireRelationship with a curator key; a retired relationship is
// hidden from default reads but still answered by asOf before its retirement.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { testServer, type Yoga } from "../../helpers/http.js";
import { counts, gqlAs, keyFor } from "./helpers.js";

const REL_FIELDS = `id kind from { slug } to { slug } subtype agreement description validFrom validTo retiredAt retiredReason
  sources { slug } history { action actor before after reason }`;
const CREATE = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) {
  relationship { ${REL_FIELDS} } userErrors { field message code } } }`;
const UPDATE = `mutation($input: UpdateRelationshipInput!) { updateRelationship(input: $input) {
  relationship { ${REL_FIELDS} } userErrors { field message code } } }`;
const RETIRE = `mutation($input: RetireRelationshipInput!) { retireRelationship(input: $input) {
  relationship { ${REL_FIELDS} } userErrors { field message code } } }`;

describe.each(await availableProviders())("relationship curation on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  let curator: string;
  let ids: Record<string, string>;
  let created: string;
  const as = (query: string, variables?: Record<string, unknown>) => gqlAs(yoga, curator, query, variables);
  const cooperations = async (asOf?: string) => {
    const res = await gqlAs(yoga, null, `query($d: Date) {
      organization(slug: "europol") { cooperations(asOf: $d) { id agreement } relations(kinds: [COOPERATES_WITH], asOf: $d) { id } }
      relations(kinds: [COOPERATES_WITH], asOf: $d, first: 100) { totalCount edges { node { id } } } }`, { d: asOf ?? null });
    expect(res.errors).toBeUndefined();
    return res.data as {
      organization: { cooperations: { id: string; agreement: string | null }[]; relations: { id: string }[] };
      relations: { totalCount: number; edges: { node: { id: string } }[] };
    };
  };

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
    curator = await keyFor(t.db, "ADMIN", "bob");
    const res = await gqlAs(yoga, null, `{ europol: organization(slug: "europol") { id } interpol: organization(slug: "interpol") { id }
      ht: country(code: "HT") { id } ecris: legalTools(first: 1) { edges { node { id } } } }`);
    ids = { europol: res.data!.europol.id, interpol: res.data!.interpol.id, ht: res.data!.ht.id, tool: res.data!.ecris.edges[0].node.id };
  }, 120_000);
  afterAll(async () => t?.drop());

  it("creates a cooperation with its period, sources and a CREATE change; it reads like a loaded one", async () => {
    const res = await as(CREATE, {
      input: {
        kind: "COOPERATES_WITH", from: ids.europol, to: ids.interpol, subtype: "AGREEMENT", agreement: "Test Agreement 2020",
        validFrom: "2020-01-01", sources: [{ source: "interpol-site", facts: ["F157"] }], reason: "new agreement",
      },
    });
    expect(res.errors).toBeUndefined();
    const { relationship: r, userErrors } = res.data.createRelationship;
    expect(userErrors).toEqual([]);
    expect(r).toMatchObject({ kind: "COOPERATES_WITH", from: { slug: "europol" }, to: { slug: "interpol" }, validFrom: "2020-01-01", validTo: null, retiredAt: null });
    expect(r.sources).toEqual([{ slug: "interpol-site" }]);
    expect(r.history).toMatchObject([{ action: "CREATE", actor: "bob", before: null, reason: "new agreement" }]);
    created = r.id;
    expect((await t.db.prisma.relation.findFirst({ where: { agreement: "Test Agreement 2020" } }))!.key).toMatch(/^api:COOPERATES_WITH:/);
    const now = await cooperations();
    expect(now.organization.cooperations.map((c: any) => c.id)).toContain(created);
  });

  it("answers userErrors and writes nothing: unknown end, wrong kind of end, bad dates, bad subtype, no or unknown source", async () => {
    const before = await counts(t.db);
    const base = { kind: "COOPERATES_WITH", from: ids.europol, to: ids.interpol, sources: [{ source: "eur-lex" }] };
    const errorsOf = async (input: Record<string, unknown>) => {
      const res = await as(CREATE, { input: { ...base, ...input } });
      expect(res.errors).toBeUndefined();
      expect(res.data.createRelationship.relationship).toBeNull();
      return res.data.createRelationship.userErrors;
    };
    expect(await errorsOf({ to: Buffer.from("Organization:987654").toString("base64") })).toMatchObject([{ field: ["input", "to"], code: "NOT_FOUND" }]);
    expect(await errorsOf({ from: "not-an-id" })).toMatchObject([{ field: ["input", "from"], code: "INVALID" }]);
    expect(await errorsOf({ to: ids.ht })).toMatchObject([{ field: ["input", "to"], code: "INVALID" }]);
    expect(await errorsOf({ kind: "HOSTED_IN", to: ids.interpol })).toMatchObject([{ field: ["input", "to"], code: "INVALID" }]);
    expect(await errorsOf({ validFrom: "2020-01-01", validTo: "2019-12-31" })).toMatchObject([{ field: ["input", "validTo"], code: "INVALID" }]);
    expect(await errorsOf({ kind: "OVERSEES", subtype: "FRIENDLY" })).toMatchObject([{ field: ["input", "subtype"], code: "INVALID" }]);
    expect(await errorsOf({ subtype: "lower case" })).toMatchObject([{ field: ["input", "subtype"], code: "INVALID" }]);
    expect(await errorsOf({ sources: [] })).toMatchObject([{ field: ["input", "sources"], code: "NO_SOURCE" }]);
    expect(await errorsOf({ sources: [{ source: "eur-lex" }, { source: "nowhere" }] })).toMatchObject([{ field: ["input", "sources", "1", "source"], code: "NOT_FOUND" }]);
    expect(await counts(t.db)).toEqual(before);
  });

  it("updates qualifiers and the period, checked against the stored row; an UPDATE change keeps before and after", async () => {
    const res = await as(UPDATE, { input: { id: created, description: "Renewed.", validTo: "2030-12-31", via: ids.tool, sources: [{ source: "eur-lex" }], reason: "renewal" } });
    expect(res.errors).toBeUndefined();
    const { relationship: r, userErrors } = res.data.updateRelationship;
    expect(userErrors).toEqual([]);
    expect(r).toMatchObject({ description: "Renewed.", validFrom: "2020-01-01", validTo: "2030-12-31" });
    expect(r.history.map((h: any) => h.action)).toEqual(["UPDATE", "CREATE"]);
    expect(JSON.parse(r.history[0].before)).toMatchObject({ description: null, validTo: null });
    expect(JSON.parse(r.history[0].after)).toMatchObject({ description: "Renewed.", validTo: "2030-12-31T00:00:00.000Z", sources: ["eur-lex"] });
    const before = await counts(t.db);
    const bad = await as(UPDATE, { input: { id: created, validTo: "2019-01-01", sources: [{ source: "eur-lex" }] } });
    expect(bad.data.updateRelationship.userErrors).toMatchObject([{ field: ["input", "validTo"], code: "INVALID" }]);
    const badVia = await as(UPDATE, { input: { id: created, via: ids.ht, sources: [{ source: "eur-lex" }] } });
    expect(badVia.data.updateRelationship.userErrors).toMatchObject([{ field: ["input", "via"], code: "INVALID" }]);
    const entityId = await as(UPDATE, { input: { id: ids.europol, note: "x", sources: [{ source: "eur-lex" }] } });
    expect(entityId.data.updateRelationship.userErrors).toMatchObject([{ field: ["input", "id"], code: "INVALID" }]);
    expect(await counts(t.db)).toEqual(before);
  });

  it("retires it: gone from default reads, still there asOf a day before its retirement, not asOf after", async () => {
    const before = await cooperations();
    const res = await as(RETIRE, { input: { id: created, reason: "agreement terminated", sources: [{ source: "eur-lex" }] } });
    expect(res.errors).toBeUndefined();
    expect(res.data.retireRelationship.userErrors).toEqual([]);
    const r = res.data.retireRelationship.relationship;
    expect(r).toMatchObject({ retiredReason: "agreement terminated", retiredAt: expect.any(String) });
    expect(r.history.map((h: any) => h.action)).toEqual(["RETIRE", "UPDATE", "CREATE"]);
    expect(r.history[0].reason).toBe("agreement terminated");

    const now = await cooperations();
    expect(now.organization.cooperations.map((c: any) => c.id)).not.toContain(created);
    expect(now.organization.relations.map((c: any) => c.id)).not.toContain(created);
    expect(now.relations.edges.map((e: any) => e.node.id)).not.toContain(created);
    expect(now.relations.totalCount).toBe(before.relations.totalCount - 1);

    const past = await cooperations("2021-06-01");
    expect(past.organization.cooperations.map((c: any) => c.id)).toContain(created);
    expect(past.organization.relations.map((c: any) => c.id)).toContain(created);
    expect(past.relations.edges.map((e: any) => e.node.id)).toContain(created);
    const future = await cooperations("2029-01-01");
    expect(future.organization.cooperations.map((c: any) => c.id)).not.toContain(created);

    const again = await as(RETIRE, { input: { id: created, reason: "again" } });
    expect(again.data.retireRelationship.userErrors).toMatchObject([{ field: ["input", "id"], code: "CONFLICT" }]);
    const upd = await as(UPDATE, { input: { id: created, note: "x", sources: [{ source: "eur-lex" }] } });
    expect(upd.data.updateRelationship.userErrors).toMatchObject([{ field: ["input", "id"], code: "CONFLICT" }]);
    // node(id:) still answers, with the history.
    const node = await gqlAs(yoga, null, `query($id: ID!) { node(id: $id) { ... on Cooperation { retiredReason history { action } } } }`, { id: created });
    expect(node.data!.node).toMatchObject({ retiredReason: "agreement terminated", history: [{ action: "RETIRE" }, {}, {}] });
  });
});
