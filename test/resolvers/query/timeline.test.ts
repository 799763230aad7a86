// Entity.timeline(from:, to:): an entity's dated events with their sources, sorted, and batched (the statement count
// of a list of entities does not grow with the list).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { gql, testServer, type Yoga } from "../../helpers/http.js";

describe.each(await availableProviders())("timeline on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  const q = async (query: string) => {
    const r = await gql<any>(yoga, t.db, query);
    expect(r.errors).toBeUndefined();
    return r;
  };

  it("tells Europol's story in date order, with sources: founding, then the INTERPOL agreement of 2001", async () => {
    const { data } = await q(`{ organization(slug: "europol") { timeline { date kind label
      relationship { __typename ... on Cooperation { partner { slug } } } claim { property } sources { slug } } } }`);
    const tl = data.organization.timeline;
    const dates = tl.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(tl.find((e: any) => e.claim?.property === "founded")).toMatchObject({ date: "1998-10-01", kind: "CLAIM" });
    expect(tl.find((e: any) => e.date === "2001-11-05")).toMatchObject({
      kind: "COOPERATES_WITH",
      relationship: { __typename: "Cooperation", partner: { slug: "interpol" } },
      sources: [{ slug: "interpol-site" }],
    });
    expect(tl.every((e: any) => e.sources.length > 0)).toBe(true);
  });

  it("restricts to a period with from and to", async () => {
    const { data } = await q(`{ organization(slug: "interpol") { timeline(from: "2000-01-01", to: "2010-12-31") { date kind } } }`);
    const tl = data.organization.timeline;
    expect(tl.length).toBeGreaterThan(3);
    expect(tl.every((e: any) => e.date >= "2000-01-01" && e.date <= "2010-12-31")).toBe(true);
    expect(tl[0]).toMatchObject({ date: "2001-11-05", kind: "COOPERATES_WITH" });
  });

  it("gives a mission its start, lead, host, mandate and succession: UNMIK", async () => {
    const { data } = await q(`{ mission(slug: "unmik") { timeline { date kind label } } }`);
    const tl = data.mission.timeline;
    expect(tl).toEqual(expect.arrayContaining([
      { date: "1999-06-10", kind: "MISSION_START", label: expect.stringContaining("UNMIK") },
      { date: "1999-06-10", kind: "HOSTED_IN", label: "Deployed in Kosovo" },
      { date: "1999-06-10", kind: "MANDATES", label: expect.stringContaining("1244") },
      { date: "2008-12-01", kind: "SUCCEEDS", label: expect.stringContaining("EULEX") },
    ]));
  });

  it("gives a host country the missions it hosted, dated by the missions: Haiti", async () => {
    const { data } = await q(`{ country(code: "HT") { timeline(to: "2010-12-31") { date kind label } } }`);
    const hosted = data.country.timeline.filter((e: any) => e.kind === "HOSTED_IN");
    expect(hosted.length).toBeGreaterThanOrEqual(2);
    expect(hosted.every((e: any) => e.label.startsWith("Hosts "))).toBe(true);
  });

  it("rejects from after to and an invalid date, naming the argument", async () => {
    const r = await gql<any>(yoga, t.db, `{ organization(slug: "europol") { timeline(from: "2010-01-01", to: "2000-01-01") { date } } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "from" });
    const bad = await gql<any>(yoga, t.db, `{ organization(slug: "europol") { timeline(from: "2010-13-01") { date } } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "from" });
  });

  it("batches: the timelines of every organization cost the same statements on a larger graph", async () => {
    const LIST = `{ organizations(first: 100) { edges { node { slug timeline { date kind label sources { slug } } } } } }`;
    const small = await q(LIST);
    const p = t.db.prisma;
    const source = await p.source.findFirstOrThrow({ where: { slug: "seed-003" } });
    const un = await p.entity.findFirstOrThrow({ where: { kind: "ORGANIZATION", slug: "un" } });
    for (let i = 0; i < 30; i++) {
      const o = await p.entity.create({ data: { kind: "ORGANIZATION", slug: `tl-body-${i}`, name: `Timeline body ${i}`, orgKind: "NATIONAL_AGENCY" } });
      const r = await p.relation.create({ data: { kind: "COOPERATES_WITH", fromId: o.id, toId: un.id, key: `tl:${i}`, validFrom: new Date(Date.UTC(2000 + (i % 20), 0, 1)) } });
      await p.citation.create({ data: { sourceId: source.id, relationId: r.id } });
      const c = await p.claim.create({ data: { entityId: o.id, property: "founded", value: String(1950 + i), validFrom: new Date(Date.UTC(1950 + i, 0, 1)), key: `tl:claim:${i}` } });
      await p.citation.create({ data: { sourceId: source.id, claimId: c.id } });
    }
    const large = await q(LIST);
    expect(large.data.organizations.edges.length).toBeGreaterThan(small.data.organizations.edges.length + 25);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(8);
    console.log(`[${provider}] timelines of every organization: ${small.statements} SQL statements on both graphs`);
  });
});
