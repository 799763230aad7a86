// Relationship lists read only the columns their selection needs (src/read/selection-columns.ts). Whatever the shape
// of the selection (fragments, aliases, renamed fields, fields computed from other columns), the answer must be
// the one whole rows give: compared here with `relations`, which always reads whole rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

const ORG = `slug name acronym aliases description wikidataId confidence
  ... on Organization { organizationKind sovereigntyModel executivePowers authorityBases headquarters foundedYear memberCount legalBasis mandate }`;
const COOP = `id kind since until validFrom validTo subtype agreement description note confidence cooperationKind facts
  instrument { slug } from { slug } to { slug }`;

describe.each(await availableProviders())("column needs on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("a narrow selection and a wide one answer as whole rows do", async () => {
    const r = await q(`{ organization(slug: "europol") {
      narrow: cooperations { since partner { slug } }
      wide: cooperations { ${COOP} partner { ${ORG} } parties { slug } }
      whole: relations(kinds: [COOPERATES_WITH]) { ... on Cooperation { ${COOP} partner { ${ORG} } parties { slug } since } } } }`);
    expect(r.errors).toBeUndefined();
    const o = r.data.organization;
    expect(o.wide.length).toBeGreaterThan(5);
    expect(o.wide).toEqual(o.whole);
    expect(o.narrow).toEqual(o.whole.map((c: any) => ({ since: c.since, partner: { slug: c.partner.slug } })));
    // The partner's own lookup gives the same fields.
    const p = o.wide.find((c: any) => c.partner.slug === "interpol").partner;
    const direct = await q(`{ organization(slug: "interpol") { ${ORG} } }`);
    expect(p).toEqual(direct.data.organization);
  });

  it("fragments, aliases and fields computed from other columns (country codes, mission dates, counts)", async () => {
    const r = await q(`
      fragment Place on Country { code alpha3 numericCode region }
      fragment Led on Mission { startDate endDate executive policeComponent }
      { organization(slug: "eu") {
          members: members(first: 5) { status member { __typename slug ...Place } }
          led: leads { role led { ... on Mission { slug ...Led hostCountries { country { ...Place } } } } }
          hq: memberships(first: 5) { member { id name } } }
        whole: organization(slug: "eu") {
          members: relations(kinds: [MEMBER_OF], direction: IN, first: 5) { ... on Membership { status member { __typename slug ...Place } } }
          led: relations(kinds: [LEADS], direction: OUT) { ... on Leadership { role led { ... on Mission { slug ...Led hostCountries { country { ...Place } } } } } } } }`);
    expect(r.errors).toBeUndefined();
    const { organization: o, whole } = r.data;
    expect(o.members.length).toBeGreaterThan(0);
    expect(o.led.length).toBeGreaterThan(0);
    expect(o.members).toEqual(whole.members);
    expect(o.led).toEqual(whole.led);
    for (const m of o.hq) expect(m.member.id).toMatch(/^[A-Za-z0-9+/=]+$/);
  });

  it("a field the column map does not know reads whole rows, and stays right", async () => {
    const r = await q(`{ organization(slug: "europol") {
      cooperations(first: 3) { partner { slug missionCounts(by: MISSION_TYPE) { key count } timeline { date } } } } }`);
    expect(r.errors).toBeUndefined();
    for (const c of r.data.organization.cooperations) {
      const direct = await q(`query($s: String!) { organization(slug: $s) { slug missionCounts(by: MISSION_TYPE) { key count } timeline { date } } }`, {
        s: c.partner.slug,
      });
      expect(c.partner).toEqual(direct.data.organization);
    }
  });

  it("one statement per level whatever the selection", async () => {
    const narrow = await q(`{ organizations(first: 10) { edges { node { cooperations(first: 5) { partner { slug } } } } } }`);
    const wide = await q(`{ organizations(first: 10) { edges { node { cooperations(first: 5) { ${COOP} partner { ${ORG} } } } } } }`);
    expect(narrow.errors).toBeUndefined();
    expect(wide.errors).toBeUndefined();
    expect(narrow.statements).toBe(2);
    // + the instruments (entities by id), and the citations behind `facts` with their sources: a statement each.
    expect(wide.statements).toBe(4);
  });

  it("two levels of lists: the same answer as level by level; on PostgreSQL both levels in one statement", async () => {
    const shapes = [
      ["cooperations(first: 3)", "cooperations(first: 2)", "since partner { slug name }"],
      ["cooperations(first: 4)", 'memberships(first: 2, asOf: "2010-01-01")', "since organization { slug acronym }"],
      ["oversees", "overseenBy(first: 5)", "oversightKind overseer { slug }"],
    ];
    for (const [outer, inner, leaf] of shapes) {
      const innerField = inner.replace(/\(.*\)/, "");
      const r = await q(`{ organizations(first: 6) { edges { node { slug ${outer} { since partner: ${outer.startsWith("oversees") ? "overseen" : "partner"} {
        ... on Organization { slug ${inner} { ${leaf} } } } } } } } }`);
      expect(r.errors).toBeUndefined();
      // Level by level: each partner's inner list asked on its own.
      let compared = 0;
      for (const e of r.data.organizations.edges)
        for (const c of e.node[outer.replace(/\(.*\)/, "")]) {
          if (!c.partner.slug) continue;
          const d = await q(`query($s: String!) { organization(slug: $s) { ${inner} { ${leaf} } } }`, { s: c.partner.slug });
          expect(c.partner[innerField]).toEqual(d.data.organization[innerField]);
          compared++;
        }
      expect(compared).toBeGreaterThan(0);
      expect(r.statements).toBe(provider === "postgresql" ? 2 : 3);
    }
    // A bad `first` below is still that field's own error, at its own path.
    const bad = await q(`{ organizations(first: 2) { edges { node { cooperations(first: 2) { partner { cooperations(first: 500) { since } } } } } } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
    expect(bad.errors?.[0].path?.slice(-2)).toEqual(["partner", "cooperations"]);
  });
});
