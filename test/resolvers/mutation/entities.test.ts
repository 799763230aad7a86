// createEntity / updateEntity / retireEntity with a curator key: rows, citations and history written in one
// transaction; userErrors (no source, unknown source, bad quote, duplicate slug, wrong-kind fields) write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { testServer, type Yoga } from "../../helpers/http.js";
import { ENTITY_FIELDS, counts, gqlAs, keyFor } from "./helpers.js";

const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) {
  entity { ${ENTITY_FIELDS} } userErrors { field message code } } }`;
const UPDATE = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) {
  entity { ${ENTITY_FIELDS} } userErrors { field message code } } }`;
const RETIRE = `mutation($input: RetireEntityInput!) { retireEntity(input: $input) {
  entity { ${ENTITY_FIELDS} } userErrors { field message code } } }`;

const QUOTE = "The United Nations framework underpins many peacekeeping and rule-of-law efforts";

describe.each(await availableProviders())("entity curation on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  let curator: string;
  const as = (query: string, variables?: Record<string, unknown>) => gqlAs(yoga, curator, query, variables);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
    curator = await keyFor(t.db, "CURATOR", "alice");
  }, 120_000);
  afterAll(async () => t?.drop());

  it("creates an organization with its sources, a seed quote with its offsets, and a CREATE change", async () => {
    const res = await as(CREATE, {
      input: {
        kind: "ORGANIZATION",
        slug: "ameripol",
        name: "Police Community of the Americas",
        acronym: "AMERIPOL",
        aliases: ["Comunidad de Policías de América"],
        organizationKind: "REGIONAL_BODY",
        executivePowers: false,
        foundedYear: 2007,
        sources: [{ source: "interpol-site", facts: ["F157"] }, { source: "seed-003", quote: QUOTE }],
        reason: "missing regional body",
      },
    });
    expect(res.errors).toBeUndefined();
    const { entity, userErrors } = res.data.createEntity;
    expect(userErrors).toEqual([]);
    expect(entity).toMatchObject({ kind: "ORGANIZATION", slug: "ameripol", acronym: "AMERIPOL", organizationKind: "REGIONAL_BODY", executivePowers: false, foundedYear: 2007, retiredAt: null });
    expect(entity.sources.map((s: any) => s.slug).sort()).toEqual(["interpol-site", "seed-003"]);
    const evidence = entity.citations.find((c: any) => c.evidence)?.evidence;
    expect(evidence.excerpt).toBe(QUOTE);
    expect(evidence.end - evidence.start).toBe(QUOTE.length);
    expect(entity.history).toHaveLength(1);
    expect(entity.history[0]).toMatchObject({ action: "CREATE", actor: "alice", before: null, reason: "missing regional body" });
    expect(JSON.parse(entity.history[0].after)).toMatchObject({ slug: "ameripol", aliases: ["Comunidad de Policías de América"], sources: ["interpol-site", "seed-003"] });
    // Readable like any other entity.
    const read = await gqlAs(yoga, null, `{ organization(slug: "ameripol") { name history { action } } search(query: "ameripol") { edges { node { slug } } } }`);
    expect(read.data!.organization).toEqual({ name: "Police Community of the Americas", history: [{ action: "CREATE" }] });
    expect(read.data!.search.edges.map((e: any) => e.node.slug)).toContain("ameripol");
  });

  it("answers userErrors and writes nothing: no source, unknown source, bad quote, duplicate slug, wrong-kind field", async () => {
    const before = await counts(t.db);
    const base = { kind: "ORGANIZATION", slug: "x-body", name: "X", organizationKind: "REGIONAL_BODY", sources: [{ source: "interpol-site" }] };
    const errorsOf = async (input: Record<string, unknown>) => {
      const res = await as(CREATE, { input: { ...base, ...input } });
      expect(res.errors).toBeUndefined();
      expect(res.data.createEntity.entity).toBeNull();
      return res.data.createEntity.userErrors;
    };
    expect(await errorsOf({ sources: [] })).toEqual([{ field: ["input", "sources"], code: "NO_SOURCE", message: expect.any(String) }]);
    expect(await errorsOf({ sources: [{ source: "no-such-source" }] })).toEqual([
      { field: ["input", "sources", "0", "source"], code: "NOT_FOUND", message: "unknown source 'no-such-source'" },
    ]);
    expect(await errorsOf({ sources: [{ source: "seed-003", quote: "words that are nowhere in the seed text" }] })).toMatchObject([
      { field: ["input", "sources", "0", "quote"], code: "INVALID" },
    ]);
    expect(await errorsOf({ slug: "europol" })).toMatchObject([{ field: ["input", "slug"], code: "DUPLICATE" }]);
    expect(await errorsOf({ slug: "Not A Slug" })).toMatchObject([{ field: ["input", "slug"], code: "INVALID" }]);
    expect(await errorsOf({ name: "  " })).toMatchObject([{ field: ["input", "name"], code: "REQUIRED" }]);
    expect(await errorsOf({ organizationKind: null })).toMatchObject([{ field: ["input", "organizationKind"], code: "REQUIRED" }]);
    expect(await errorsOf({ toolKind: "NOTICE" })).toMatchObject([{ field: ["input", "toolKind"], code: "INVALID" }]);
    expect(await errorsOf({ kind: "COUNTRY" })).toMatchObject([{ field: ["input", "kind"], code: "INVALID" }]);
    expect(await errorsOf({ wikidataId: "8475" })).toMatchObject([{ field: ["input", "wikidataId"], code: "INVALID" }]);
    expect(await counts(t.db)).toEqual(before);
  });

  it("updates an entity: changed fields, added sources, an UPDATE change with before and after", async () => {
    const { data } = await gqlAs(yoga, null, `{ organization(slug: "ameripol") { id } }`);
    const id = data!.organization.id;
    const res = await as(UPDATE, {
      input: { id, description: "Regional police cooperation in the Americas.", acronym: null, sources: [{ source: "eur-lex" }], reason: "add description" },
    });
    expect(res.errors).toBeUndefined();
    const { entity, userErrors } = res.data.updateEntity;
    expect(userErrors).toEqual([]);
    expect(entity).toMatchObject({ description: "Regional police cooperation in the Americas.", acronym: null, name: "Police Community of the Americas" });
    expect(entity.sources.map((s: any) => s.slug)).toContain("eur-lex");
    expect(entity.history.map((h: any) => h.action)).toEqual(["UPDATE", "CREATE"]);
    const [upd] = entity.history;
    expect(upd.reason).toBe("add description");
    expect(JSON.parse(upd.before)).toMatchObject({ acronym: "AMERIPOL", description: null });
    expect(JSON.parse(upd.after)).toMatchObject({ acronym: null, description: "Regional police cooperation in the Americas.", sources: ["eur-lex"] });

    const before = await counts(t.db);
    const bad = await as(UPDATE, { input: { id, description: "x", sources: [] } });
    expect(bad.data.updateEntity.userErrors).toMatchObject([{ code: "NO_SOURCE" }]);
    const missing = await as(UPDATE, { input: { id: Buffer.from("Organization:999999").toString("base64"), name: "x", sources: [{ source: "eur-lex" }] } });
    expect(missing.data.updateEntity.userErrors).toMatchObject([{ field: ["input", "id"], code: "NOT_FOUND" }]);
    const malformed = await as(UPDATE, { input: { id: "nope", name: "x", sources: [{ source: "eur-lex" }] } });
    expect(malformed.data.updateEntity.userErrors).toMatchObject([{ field: ["input", "id"], code: "INVALID" }]);
    const wrongKind = await as(UPDATE, { input: { id, startDate: "2001-01-01", sources: [{ source: "eur-lex" }] } });
    expect(wrongKind.data.updateEntity.userErrors).toMatchObject([{ field: ["input", "startDate"], code: "INVALID" }]);
    expect(await counts(t.db)).toEqual(before);
  });

  it("retires an entity: hidden from lookups and lists, still a node with its history; retiring twice is a CONFLICT", async () => {
    const { data } = await gqlAs(yoga, null, `{ organization(slug: "ameripol") { id } }`);
    const id = data!.organization.id;
    const res = await as(RETIRE, { input: { id, reason: "duplicate of another record" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.retireEntity.userErrors).toEqual([]);
    expect(res.data.retireEntity.entity.retiredAt).toEqual(expect.any(String));
    expect(res.data.retireEntity.entity.retiredReason).toBe("duplicate of another record");
    expect(res.data.retireEntity.entity.history.map((h: any) => h.action)).toEqual(["RETIRE", "UPDATE", "CREATE"]);

    const read = await gqlAs(yoga, null, `query($id: ID!) {
      organization(slug: "ameripol") { id }
      byId: organization(id: $id) { id }
      organizations(filter: { text: "ameripol" }) { totalCount }
      search(query: "ameripol") { edges { node { slug } } }
      node(id: $id) { ... on Organization { slug retiredAt history { action reason } } } }`, { id });
    expect(read.errors).toBeUndefined();
    expect(read.data).toMatchObject({ organization: null, byId: null, organizations: { totalCount: 0 } });
    expect(read.data!.search.edges.map((e: any) => e.node.slug)).not.toContain("ameripol");
    expect(read.data!.node).toMatchObject({ slug: "ameripol", history: [{ action: "RETIRE", reason: "duplicate of another record" }, {}, {}] });

    const again = await as(RETIRE, { input: { id, reason: "again" } });
    expect(again.data.retireEntity.userErrors).toMatchObject([{ field: ["input", "id"], code: "CONFLICT" }]);
    // Its slug stays taken (it is kept for history).
    const dup = await as(CREATE, { input: { kind: "ORGANIZATION", slug: "ameripol", name: "X", organizationKind: "REGIONAL_BODY", sources: [{ source: "eur-lex" }] } });
    expect(dup.data.createEntity.userErrors).toMatchObject([{ field: ["input", "slug"], code: "DUPLICATE" }]);
  });
});
