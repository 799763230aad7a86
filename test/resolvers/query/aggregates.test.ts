// missionCounts / cooperationCounts / Organization.missionCounts: asserted answers from data/, and SQL statement
// counts that do not grow with the data (GROUP BY in SQL, entity buckets loaded in one batch).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { gql, testServer, type Yoga } from "../../helpers/http.js";

const ALL = `{
  host: missionCounts(by: HOST_COUNTRY) { key label count entity { __typename ... on Country { code } } }
  decade: missionCounts(by: DECADE) { key label count }
  year: missionCounts(by: START_YEAR) { key count }
  type: missionCounts(by: MISSION_TYPE) { key count }
  lead: missionCounts(by: LEAD_BODY) { key count }
  participants: missionCounts(by: LEAD_BODY, roles: ["PARTICIPANT", "LEAD"]) { key count }
  exec: missionCounts(by: EXECUTIVE) { key label count }
  crime: cooperationCounts(by: CRIME_AREA) { key count }
  coopYear: cooperationCounts(by: YEAR) { key count }
  kind: cooperationCounts(by: KIND) { key count }
  partner: cooperationCounts(by: PARTNER) { key count entity { slug } }
  eu: organization(slug: "eu") { missionCounts(by: HOST_COUNTRY) { key count } }
}`;

describe.each(await availableProviders())("aggregates on %s", (provider) => {
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
  const missionTotal = async () => (await q(`{ missions { totalCount } }`)).data.missions.totalCount as number;

  it("counts missions by host country: Haiti hosts the most", async () => {
    const { data, statements } = await q(`{ missionCounts(by: HOST_COUNTRY) { key label count entity { ... on Country { code } } } }`);
    expect(data.missionCounts[0]).toMatchObject({ key: "HT", label: "Haiti", count: 6, entity: { code: "HT" } });
    expect(data.missionCounts.find((b: any) => b.key === "XK")).toMatchObject({ count: 3 });
    expect(statements).toBe(2);
  });

  it("counts missions by decade and start year, in time order, adding up to every mission", async () => {
    const { data, statements } = await q(`{ missionCounts(by: DECADE) { key label count } }`);
    expect(data.missionCounts[0]).toMatchObject({ key: "1960", label: "1960s", count: 2 });
    expect(data.missionCounts.map((b: any) => b.key)).toEqual(["1960", "1990", "2000", "2010", "2020"]);
    expect(data.missionCounts.find((b: any) => b.key === "2000").count).toBe(14);
    const sum = (bs: any[]) => bs.reduce((s, b) => s + b.count, 0);
    expect(sum(data.missionCounts)).toBe(await missionTotal());
    expect(statements).toBe(1);
    const years = (await q(`{ missionCounts(by: START_YEAR) { key count } }`)).data.missionCounts;
    expect(sum(years)).toBe(await missionTotal());
    expect(years.map((b: any) => b.key)).toEqual([...years.map((b: any) => b.key)].sort());
  });

  it("counts missions by lead body with the missions filter: the UN led most missions active in 2005", async () => {
    const { data } = await q(`{ missionCounts(by: LEAD_BODY, filter: { activeIn: 2005 }) { key count entity { slug } } }`);
    expect(data.missionCounts[0]).toMatchObject({ key: "un", count: 6, entity: { slug: "un" } });
    expect(data.missionCounts.find((b: any) => b.key === "eu")).toMatchObject({ count: 2 });
    const haiti = await q(`{ missionCounts(by: LEAD_BODY, filter: { hostCountry: "HT" }) { key count } }`);
    expect(haiti.data.missionCounts.find((b: any) => b.key === "un").count).toBeGreaterThan(0);
  });

  it("counts missions by type and by executive mandate", async () => {
    const { data } = await q(`{ t: missionCounts(by: MISSION_TYPE) { key count } e: missionCounts(by: EXECUTIVE) { key label count } }`);
    expect(data.t[0]).toMatchObject({ key: "un-peacekeeping-operation", count: 15 });
    expect(data.e).toEqual(expect.arrayContaining([{ key: "true", label: "Executive", count: 3 }, { key: "false", label: "Non-executive", count: 7 }]));
  });

  it("counts cooperations by kind, year, partner and shared crime area", async () => {
    const { data } = await q(`{
      k: cooperationCounts(by: KIND) { key count }
      y: cooperationCounts(by: YEAR) { key count }
      p: cooperationCounts(by: PARTNER) { key count entity { slug } }
      c: cooperationCounts(by: CRIME_AREA) { key label count }
    }`);
    expect(data.k[0]).toMatchObject({ key: "AGREEMENT", count: 16 });
    expect(data.y.find((b: any) => b.key === "2001")).toMatchObject({ count: 2 });
    expect(data.p[0]).toMatchObject({ key: "interpol", count: 16, entity: { slug: "interpol" } });
    expect(data.c.map((b: any) => b.key)).toEqual(expect.arrayContaining(["drug-trafficking", "human-trafficking", "cybercrime"]));
  });

  it("counts the missions a body leads: the EU's by host country", async () => {
    const { data, statements } = await q(`{ organization(slug: "eu") { missionCounts(by: HOST_COUNTRY) { key count } } }`);
    expect(data.organization.missionCounts[0]).toMatchObject({ key: "PS", count: 2 });
    expect(statements).toBe(3);
  });

  // Ground truth for the roles: the leadership relationships of every mission, as its leadBodies list shows them.
  const leaderships = async (): Promise<{ mission: string; role: string; body: string }[]> => {
    const list = await q(`{ missions(first: 100) { totalCount edges { node { slug leadBodies { role organization { slug } } } } } }`);
    expect(list.data.missions.totalCount).toBeLessThanOrEqual(100);
    return list.data.missions.edges.flatMap((e: any) => e.node.leadBodies.map((l: any) => ({ mission: e.node.slug, role: l.role, body: l.organization.slug })));
  };
  const tally = (rows: { mission: string; body: string }[]) => {
    const m = new Map<string, Set<string>>();
    for (const r of rows) (m.get(r.body) ?? m.set(r.body, new Set()).get(r.body)!).add(r.mission);
    return new Map([...m].map(([k, v]) => [k, v.size]));
  };
  const asMap = (bs: any[]) => new Map(bs.map((b: any) => [b.key, b.count]));

  it("keeps roles apart: LEAD_BODY counts lead, joint-lead and lead-nation roles by default, a participant only when asked", async () => {
    const all = await leaderships();
    // The seeded data has a participant: the Pacific Islands Forum in RAMSI, which Australia led as lead nation.
    expect(all).toContainEqual({ mission: "ramsi", role: "PARTICIPANT", body: "pif" });
    expect(all).toContainEqual({ mission: "ramsi", role: "LEAD_NATION", body: "aus" });
    expect(all.filter((l) => l.role === "JOINT_LEAD").length).toBeGreaterThan(0);
    const { data } = await q(`{
      byDefault: missionCounts(by: LEAD_BODY) { key count }
      sole: missionCounts(by: LEAD_BODY, roles: ["LEAD"]) { key count }
      participants: missionCounts(by: LEAD_BODY, roles: ["PARTICIPANT"]) { key label count entity { ... on Organization { slug } } }
      jointOrSole: missionCounts(by: LEAD_BODY, roles: ["JOINT_LEAD", "LEAD"]) { key count }
    }`);
    const of = (roles: string[]) => tally(all.filter((l) => roles.includes(l.role)));
    expect(asMap(data.byDefault)).toEqual(of(["LEAD", "JOINT_LEAD", "LEAD_NATION"]));
    expect(asMap(data.sole)).toEqual(of(["LEAD"]));
    expect(asMap(data.jointOrSole)).toEqual(of(["JOINT_LEAD", "LEAD"]));
    expect(data.participants).toEqual([{ key: "pif", label: expect.stringContaining("Pacific Islands Forum"), count: 1, entity: { slug: "pif" } }]);
    expect(data.byDefault.find((b: any) => b.key === "pif")).toBeUndefined();
    expect(data.byDefault.find((b: any) => b.key === "aus")).toMatchObject({ count: 1 });
    // The UN leads UNAMID jointly with the AU: counted by default, not among sole leads.
    expect(asMap(data.byDefault).get("un")).toBe(asMap(data.sole).get("un")! + all.filter((l) => l.body === "un" && l.role === "JOINT_LEAD").length);
  });

  it("keeps roles apart in a body's own counts: the Pacific Islands Forum leads no mission, it participates in one", async () => {
    const { data } = await q(`{ pif: organization(slug: "pif") { led: missionCounts(by: HOST_COUNTRY) { key count } part: missionCounts(by: HOST_COUNTRY, roles: ["PARTICIPANT"]) { key count } }
      aus: organization(slug: "aus") { missionCounts(by: HOST_COUNTRY) { key count } } }`);
    expect(data.pif.led).toEqual([]);
    expect(data.pif.part).toEqual([{ key: "SB", count: 1 }]);
    expect(data.aus.missionCounts).toEqual([{ key: "SB", count: 1 }]);
    // The missions filter keeps them apart too: a participant is not a lead body.
    const filtered = await q(`{ pif: missions(filter: { leadBody: "pif" }) { totalCount } aus: missions(filter: { leadBody: "aus" }) { edges { node { slug } } }
      counted: missionCounts(by: HOST_COUNTRY, filter: { leadBody: "pif" }) { key } }`);
    expect(filtered.data.pif.totalCount).toBe(0);
    expect(filtered.data.aus.edges).toEqual([{ node: { slug: "ramsi" } }]);
    expect(filtered.data.counted).toEqual([]);
  });

  it("refuses roles no leadership holds, listing those in use", async () => {
    const r = await gql<any>(yoga, t.db, `{ missionCounts(by: LEAD_BODY, roles: ["LEADER"]) { key } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "roles" });
    expect(r.errors?.[0].message).toMatch(/"LEADER"/);
    for (const role of ["LEAD", "JOINT_LEAD", "LEAD_NATION", "PARTICIPANT"]) expect(r.errors?.[0].message).toContain(`"${role}"`);
    const lower = await gql<any>(yoga, t.db, `{ organization(slug: "un") { missionCounts(by: DECADE, roles: ["lead"]) { key } } }`);
    expect(lower.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "roles" });
    const none = await gql<any>(yoga, t.db, `{ missionCounts(by: LEAD_BODY, roles: []) { key } }`);
    expect(none.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "roles" });
  });

  it("answers as the general form it is deprecated for, missionsAggregate { groupBy }", async () => {
    const { data } = await q(`{
      host: missionCounts(by: HOST_COUNTRY) { key count } type: missionCounts(by: MISSION_TYPE) { key count }
      lead: missionCounts(by: LEAD_BODY, roles: ["LEAD"]) { key count } exec: missionCounts(by: EXECUTIVE) { key count }
      decade: missionCounts(by: DECADE) { key count } year: missionCounts(by: START_YEAR) { key count }
      missionsAggregate { host: groupBy(by: HOST_COUNTRIES) { key count } type: groupBy(by: MISSION_TYPES) { key count }
        lead: groupBy(by: LEAD_BODIES, where: { qualifier: { equals: "LEAD" } }) { key count } exec: groupBy(by: EXECUTIVE) { key count }
        decade: groupBy(by: START_DATE_DECADE) { key count } year: groupBy(by: START_DATE_YEAR) { key count } }
    }`);
    const agg = data.missionsAggregate;
    for (const k of ["host", "type", "lead", "decade", "year"]) expect(asMap(data[k]), k).toEqual(asMap(agg[k]));
    expect(asMap(data.exec)).toEqual(new Map(agg.exec.map((b: any) => [b.key === "UNKNOWN" ? "unknown" : b.key, b.count])));
    const schema = await q(`{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
    const field = schema.data.__type.fields.find((f: any) => f.name === "missionCounts");
    expect(field).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringContaining("missionsAggregate") });
  });

  it("filters as missions(filter:) does, for every filter field", async () => {
    const filters = [
      `{ text: "police" }`, `{ text: "EULEX" }`, `{ leadBody: "eu" }`, `{ hostCountry: "ht" }`, `{ hostCountry: "HTI" }`,
      `{ missionType: "un-peacekeeping-operation" }`, `{ crimeArea: "organised-crime" }`, `{ activeIn: 2005 }`,
      `{ startedFrom: 2000, startedTo: 2009 }`, `{ executive: true }`, `{ executive: false, leadBody: "un" }`,
      `{ authorityBasis: SECURITY_COUNCIL_MANDATE }`,
    ];
    let nonEmpty = 0;
    for (const f of filters) {
      const { data } = await q(`{ missionCounts(by: EXECUTIVE, filter: ${f}) { count } missions(filter: ${f}) { totalCount } }`);
      const sum = data.missionCounts.reduce((s: number, b: any) => s + b.count, 0);
      expect(sum, f).toBe(data.missions.totalCount);
      if (sum) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(8);
  });

  it("rejects an unknown dimension as a validation error", async () => {
    const r = await gql<any>(yoga, t.db, `{ missionCounts(by: PLANET) { key } }`);
    expect(r.errors?.[0].message).toMatch(/PLANET/);
  });

  it("issues the same number of SQL statements on a larger graph", async () => {
    const small = await q(ALL);
    const p = t.db.prisma;
    const countries = await p.entity.findMany({ where: { kind: "COUNTRY" }, select: { id: true }, take: 40 });
    const crime = await p.entity.findFirstOrThrow({ where: { kind: "CRIME_AREA" } });
    const orgs = [];
    for (let i = 0; i < 40; i++) {
      const o = await p.entity.create({ data: { kind: "ORGANIZATION", slug: `agg-body-${i}`, name: `Agg body ${i}`, orgKind: "NATIONAL_AGENCY" } });
      const m = await p.entity.create({ data: { kind: "MISSION", slug: `agg-mission-${i}`, name: `Agg mission ${i}`, startDate: new Date(Date.UTC(1970 + i, 0, 1)) } });
      await p.relation.create({ data: { kind: "LEADS", fromId: o.id, toId: m.id, key: `agg:lead:${i}` } });
      await p.relation.create({ data: { kind: "HOSTED_IN", fromId: m.id, toId: countries[i].id, key: `agg:host:${i}` } });
      await p.relation.create({ data: { kind: "WORKS_ON", fromId: o.id, toId: crime.id, key: `agg:works:${i}` } });
      orgs.push(o);
    }
    for (let i = 0; i < 40; i++)
      await p.relation.create({ data: { kind: "COOPERATES_WITH", fromId: orgs[i].id, toId: orgs[(i + 1) % 40].id, key: `agg:coop:${i}`, validFrom: new Date(Date.UTC(1980 + i, 0, 1)) } });
    const large = await q(ALL);
    expect(large.data.partner.length).toBeGreaterThan(small.data.partner.length + 30);
    expect(large.data.year.length).toBeGreaterThan(small.data.year.length);
    expect(large.statements).toBe(small.statements);
    console.log(`[${provider}] eleven aggregates: ${small.statements} SQL statements on both graphs`);
  });
});
