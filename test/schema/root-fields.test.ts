// Every root field of the API, on SQLite and PostgreSQL, against the migrated database loaded with data/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

describe.each(await availableProviders())("root fields on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("organization by slug and by id, and node/nodes by global id", async () => {
    const bySlug = await q(`{ organization(slug: "europol") { id slug name acronym organizationKind sovereigntyModel executivePowers headquarters wikidataId sources { slug } } }`);
    expect(bySlug.errors).toBeUndefined();
    const europol = bySlug.data.organization;
    expect(europol).toMatchObject({ slug: "europol", acronym: "Europol", organizationKind: "SUPRANATIONAL_EU_AGENCY", executivePowers: false, wikidataId: "Q207203" });
    expect(europol.sources.length).toBeGreaterThan(0);

    const byId = await q(`query($id: ID!) { organization(id: $id) { slug } node(id: $id) { id ... on Organization { acronym } } }`, { id: europol.id });
    expect(byId.data).toEqual({ organization: { slug: "europol" }, node: { id: europol.id, acronym: "Europol" } });

    const interpol = await q(`{ organization(slug: "interpol") { id } }`);
    const nodes = await q(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { slug kind } } }`, { ids: [europol.id, interpol.data.organization.id] });
    expect(nodes.data.nodes).toEqual([{ slug: "europol", kind: "ORGANIZATION" }, { slug: "interpol", kind: "ORGANIZATION" }]);
  });

  it("organizations: filter by kind, crime area, country and years, ordered, paginated, counted", async () => {
    const eu = await q(`{ organizations(filter: { kinds: [SUPRANATIONAL_EU_AGENCY] }, orderBy: [{ field: NAME }]) { totalCount edges { node { slug } } } }`);
    expect(eu.errors).toBeUndefined();
    const slugs = eu.data.organizations.edges.map((e: any) => e.node.slug);
    expect(slugs).toEqual(expect.arrayContaining(["europol", "eurojust"]));
    expect(eu.data.organizations.totalCount).toBe(slugs.length);

    const cyber = await q(`{ organizations(filter: { crimeArea: "cybercrime" }) { edges { node { slug } } } }`);
    expect(cyber.data.organizations.edges.map((e: any) => e.node.slug)).toEqual(expect.arrayContaining(["europol", "interpol"]));

    const nl = await q(`{ organizations(filter: { country: "NL", kinds: [SUPRANATIONAL_EU_AGENCY] }) { edges { node { slug } } } }`);
    expect(nl.data.organizations.edges.map((e: any) => e.node.slug)).toEqual(expect.arrayContaining(["europol", "eurojust"]));

    const old = await q(`{ organizations(filter: { foundedTo: 1930 }, orderBy: [{ field: FOUNDED, direction: ASC }]) { edges { node { slug foundedYear } } } }`);
    for (const e of old.data.organizations.edges) expect(e.node.foundedYear).toBeLessThanOrEqual(1930);
    expect(old.data.organizations.edges.map((e: any) => e.node.slug)).toContain("interpol");

    const page1 = await q(`{ organizations(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } } }`);
    const page2 = await q(`query($after: String) { organizations(first: 5, after: $after) { edges { node { slug } } } }`, { after: page1.data.organizations.pageInfo.endCursor });
    expect(page1.data.organizations.pageInfo.hasNextPage).toBe(true);
    expect(page1.data.organizations.totalCount).toBeGreaterThan(40);
    const a = page1.data.organizations.edges.map((e: any) => e.node.slug);
    const b = page2.data.organizations.edges.map((e: any) => e.node.slug);
    expect(b).toHaveLength(5);
    expect(a.filter((s: string) => b.includes(s))).toEqual([]);
  });

  it("country by ISO code, countries filtered by region and missions hosted", async () => {
    const ht = await q(`{ country(code: "HTI") { code alpha3 name missions { guest { slug } } } kosovo: country(code: "xk") { name statusNote } }`);
    expect(ht.errors).toBeUndefined();
    expect(ht.data.country).toMatchObject({ code: "HT", alpha3: "HTI", name: "Haiti" });
    expect(ht.data.country.missions.map((m: any) => m.guest.slug)).toEqual(expect.arrayContaining(["minustah", "minujusth", "binuh", "mss-haiti"]));
    expect(ht.data.kosovo.statusNote).toMatch(/status/i);

    const hosts = await q(`{ countries(filter: { hostsMissions: true, region: "Africa" }, first: 50) { totalCount edges { node { code } } } }`);
    const codes = hosts.data.countries.edges.map((e: any) => e.node.code);
    expect(codes).toEqual(expect.arrayContaining(["LR", "SD", "SO", "ML"]));
    expect(codes).not.toContain("HT");
    const all = await q(`{ countries { totalCount } }`);
    expect(all.data.countries.totalCount).toBeGreaterThan(240);
  });

  it("mission and missions: by lead body, host country, type, year active", async () => {
    const m = await q(`{ mission(slug: "unmik") { name startDate endDate executive leadBodies { organization { slug } } hostCountries { country { code } } mandatedBy { mandator { slug } instrument } } }`);
    expect(m.errors).toBeUndefined();
    expect(m.data.mission).toMatchObject({ startDate: "1999-06-10", endDate: null, executive: true });
    expect(m.data.mission.leadBodies[0].organization.slug).toBe("un");
    expect(m.data.mission.hostCountries[0].country.code).toBe("XK");
    expect(m.data.mission.mandatedBy.map((x: any) => x.mandator.slug)).toContain("unsc");

    const eu = await q(`{ missions(filter: { leadBody: "eu" }, first: 50) { totalCount edges { node { slug } } } }`);
    expect(eu.data.missions.edges.map((e: any) => e.node.slug)).toEqual(expect.arrayContaining(["eupm", "eulex-kosovo", "euam-iraq"]));
    expect(eu.data.missions.edges.map((e: any) => e.node.slug)).not.toContain("unmik");

    const in2005 = await q(`{ missions(filter: { activeIn: 2005, hostCountry: "SD" }) { edges { node { slug } } } }`);
    expect(in2005.data.missions.edges.map((e: any) => e.node.slug).sort()).toEqual(expect.arrayContaining(["amis", "unmis"]));
    expect(in2005.data.missions.edges.map((e: any) => e.node.slug)).not.toContain("unamid");

    const ordered = await q(`{ missions(orderBy: [{ field: START_DATE, direction: ASC }], first: 3) { edges { node { slug startDate } } } }`);
    const dates = ordered.data.missions.edges.map((e: any) => e.node.startDate);
    expect([...dates].sort()).toEqual(dates);
  });

  it("legal tools, crime areas, mission types, requirements, topics, sources", async () => {
    const res = await q(`{
      legalTool(slug: "red-notice") { name toolKind colour partOf { whole { slug } } users { user { slug } role } }
      legalTools(filter: { kinds: [NOTICE] }, first: 20) { totalCount }
      crimeArea(slug: "human-trafficking") { name actors { actor { slug } } }
      crimeAreas { totalCount }
      missionType(slug: "rule-of-law-mission") { name sources { slug } }
      missionTypes { totalCount }
      requirement(slug: "police-experience") { category requiredBy { subject { slug } value min max unit } }
      requirements(filter: { categories: [LANGUAGE] }) { totalCount }
      topic(slug: "red-notice-misuse") { category concerns { subject { slug } } }
      topics { totalCount }
      source(slug: "seed-001") { title kind document }
      sources(filter: { kinds: [SEED_DOCUMENT] }) { totalCount edges { node { slug } } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    expect(d.legalTool).toMatchObject({ toolKind: "NOTICE", colour: "red" });
    expect(d.legalTool.partOf.map((p: any) => p.whole.slug)).toContain("interpol-notices");
    expect(d.legalTools.totalCount).toBeGreaterThanOrEqual(9);
    expect(d.crimeArea.actors.map((a: any) => a.actor.slug)).toEqual(expect.arrayContaining(["unodc", "interpol", "europol"]));
    expect(d.crimeAreas.totalCount).toBe(20);
    expect(d.missionType.sources.length).toBeGreaterThan(0);
    expect(d.missionTypes.totalCount).toBeGreaterThanOrEqual(13);
    const civpol = d.requirement.requiredBy.filter((r: any) => r.subject.slug === "us-civpol");
    expect(civpol.map((r: any) => r.min)).toContain(8);
    expect(d.requirements.totalCount).toBe(1);
    expect(d.topic.concerns.map((c: any) => c.subject.slug)).toContain("interpol");
    expect(d.topics.totalCount).toBeGreaterThanOrEqual(15);
    expect(d.source).toMatchObject({ kind: "SEED_DOCUMENT", document: "001_6556e6782723f11b.txt" });
    expect(d.sources.totalCount).toBe(4);
  });

  it("relations: every typed relationship, filtered by kind and asOf, paginated", async () => {
    const all = await q(`{ relations(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { __typename kind } } } }`);
    expect(all.errors).toBeUndefined();
    expect(all.data.relations.totalCount).toBeGreaterThan(300);
    const next = await q(`query($a: String) { relations(first: 3, after: $a) { edges { cursor } } }`, { a: all.data.relations.pageInfo.endCursor });
    expect(next.data.relations.edges).toHaveLength(3);

    const ov = await q(`{ relations(kinds: [OVERSEES], first: 100) { totalCount edges { node { __typename ... on Oversight { overseer { slug } oversightKind } } } } }`);
    expect(new Set(ov.data.relations.edges.map((e: any) => e.node.__typename))).toEqual(new Set(["Oversight"]));
    const before = await q(`{ relations(kinds: [OVERSEES], asOf: "2000-01-01", first: 100) { totalCount } }`);
    expect(before.data.relations.totalCount).toBeLessThan(ov.data.relations.totalCount);
  });
});
