// Typed relationships with their properties, periods and sources; asOf; conflicting sourced claims.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

describe.each(await availableProviders())("relationships on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("Europol's cooperations carry partner, kind, agreement, since and sources", async () => {
    const res = await q(`{ organization(slug: "europol") { cooperations { partner { slug name } cooperationKind agreement since until sources { title } facts } } }`);
    expect(res.errors).toBeUndefined();
    const coops = res.data.organization.cooperations;
    const interpol2001 = coops.find((c: any) => c.partner.slug === "interpol" && c.since === "2001-11-05");
    expect(interpol2001).toMatchObject({ facts: ["F157"] });
    expect(interpol2001.sources.map((s: any) => s.title)).toContain("INTERPOL official site");
    expect(coops.find((c: any) => c.partner.slug === "eurojust" && c.since === "2004-06-09")).toBeDefined();
    for (const c of coops) {
      expect(c.partner.slug).not.toBe("europol");
      expect(c.sources.length).toBeGreaterThan(0);
    }
    // Seen from the other side, the partner is Europol.
    const back = await q(`{ organization(slug: "interpol") { cooperations { partner { slug } since } } }`);
    expect(back.data.organization.cooperations).toContainEqual({ partner: { slug: "europol" }, since: "2001-11-05" });
  });

  it("asOf returns what held on that day", async () => {
    const q1 = `query($d: Date) { organization(slug: "edps") { oversees(asOf: $d) { overseen { slug } validFrom } } }`;
    const in2018 = await q(q1, { d: "2018-01-01" });
    const in2020 = await q(q1, { d: "2020-06-01" });
    const slugs = (r: any) => r.data.organization.oversees.map((o: any) => o.overseen.slug);
    expect(slugs(in2018)).toContain("europol");
    expect(slugs(in2018)).not.toContain("eurojust");
    expect(slugs(in2020)).toEqual(expect.arrayContaining(["europol", "eurojust"]));

    const nato = `query($d: Date) { organization(slug: "nato") { members(asOf: $d) { member { ... on Country { code } } } } }`;
    const codes = (r: any) => r.data.organization.members.map((m: any) => m.member.code);
    expect(codes(await q(nato, { d: "2022-12-31" }))).not.toContain("FI");
    expect(codes(await q(nato, { d: "2024-06-01" }))).toEqual(expect.arrayContaining(["FI", "SE"]));
    expect(codes(await q(nato, { d: "2024-06-01" }))).toHaveLength(32);
  });

  it("oversight has its kind; who holds Europol to account", async () => {
    const res = await q(`{ organization(slug: "europol") { overseenBy { overseer { slug } oversightKind how sources { slug } } } }`);
    const by = Object.fromEntries(res.data.organization.overseenBy.map((o: any) => [o.overseer.slug, o.oversightKind]));
    expect(by).toMatchObject({ jpsg: "PARLIAMENTARY", edps: "DATA_PROTECTION" });
  });

  it("keeps both sides of a disagreement, each with its source: INTERPOL's 190 against 196 members", async () => {
    const res = await q(`{ organization(slug: "interpol") { memberCount claims(property: "memberCount") { number preferred validFrom sources { slug kind } citations { facts evidence { excerpt start end } } } } }`);
    expect(res.errors).toBeUndefined();
    const o = res.data.organization;
    expect(o.memberCount).toBe(196);
    const numbers = o.claims.map((c: any) => c.number);
    expect(numbers).toEqual(expect.arrayContaining([190, 196]));
    const seed = o.claims.find((c: any) => c.sources.some((s: any) => s.kind === "SEED_DOCUMENT"));
    expect(seed.number).toBe(190);
    const ev = seed.citations.find((c: any) => c.evidence).evidence;
    expect(ev.excerpt).toMatch(/190/);
    expect(ev.end - ev.start).toBe(ev.excerpt.length);
  });

  it("typed relationships of every kind resolve both ends", async () => {
    const res = await q(`{ relations(first: 100, kinds: [MEMBER_OF, PART_OF, COOPERATES_WITH, OVERSEES, MANDATES, LEADS, HOSTED_IN, OF_TYPE, SUCCEEDS, WORKS_ON, USES_TOOL, REQUIRES, CONCERNS, FUNDS, BASED_ON]) { edges { node { __typename kind from { __typename slug } to { __typename slug } } } } }`);
    expect(res.errors).toBeUndefined();
    for (const { node } of res.data.relations.edges) {
      expect(node.from.slug).toMatch(/^[a-z0-9-]+$/);
      expect(node.to.slug).toMatch(/^[a-z0-9-]+$/);
    }
    const succession = await q(`{ mission(slug: "eupm") { succeeds { predecessor { slug } since } } mission2: mission(slug: "binuh") { succeeds { predecessor { slug succeeds { predecessor { slug } } } } } }`);
    expect(succession.data.mission.succeeds[0].predecessor.slug).toBe("unmibh");
    expect(succession.data.mission2.succeeds[0].predecessor).toMatchObject({ slug: "minujusth", succeeds: [{ predecessor: { slug: "minustah" } }] });
  });
});
