// Places as data (issue 14): City entities with their country, bodies' headquarters and missions' seats as
// relationships, UN M49 regions on countries (and cities) as filters, "headquartered in" and "member of" apart,
// exports that keep the places, and the migration that carries an existing database over. Every answer is checked
// against a ground truth read independently (the data files, or the full nested answer) on SQLite and PostgreSQL,
// which must agree.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parse as parseCsv } from "csv-parse/sync";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer } from "../helpers/http.js";
import { askEvery, seededServers } from "../helpers/servers.js";
import { gqlAs, keyFor } from "../resolvers/mutation/helpers.js";
import { DATA_DIR, prepareDatabase } from "../../src/data/bootstrap.js";
import { COUNTRY_CODES } from "../../src/data/countries.js";
import { DataErrors, readDataset } from "../../src/data/read.js";
import { createDb, type DbHandle } from "../../src/store/db.js";
import { writeCsv } from "../../src/export/csv.js";
import { writeGraphML } from "../../src/export/graphml.js";
import { writeJsonLd } from "../../src/export/jsonld.js";
import { collect } from "../export/helpers.js";

const { providers, servers } = await seededServers();

async function ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  return askEvery<T>(servers, query, variables);
}

const sorted = (xs: string[]) => [...xs].sort();
const slugs = (conn: { edges: { node: { slug: string } }[] }) => sorted(conn.edges.map((e) => e.node.slug));

// Ground truth straight from the data files, not through the loader.
const yaml = (path: string) => parseYaml(readFileSync(path, "utf8")) as any[];
const seatsFile = yaml("data/relations/places.yaml");
const m49 = yaml("data/regions/m49.yaml");
const citiesFile = yaml("data/cities/cities.yaml");
const orgFile = yaml("data/organizations/organizations.yaml");
/** ISO codes of the countries in an M49 region (at any level), following the parent links down. */
function countriesIn(name: string): Set<string> {
  const root = m49.find((r) => r.name === name);
  const out = new Set<string>();
  const walk = (code: string) => {
    for (const r of m49) if (r.m49 === code) for (const c of r.countries ?? []) out.add(c);
    for (const r of m49) if (r.parent === code) walk(r.m49);
  };
  walk(root.m49);
  return out;
}

describe.runIf(providers.length > 0)("places", () => {
  it("bodies headquartered in The Hague: a City entity, its country, and seats that cite the headquarters' sources", async () => {
    const expected = sorted(seatsFile.filter((r) => r.to === "city:the-hague").map((r) => r.from.replace(/^org:/, "")));
    expect(expected).toEqual(["eurojust", "europol", "icc"]);
    const q = await ask(`{
      city(slug: "the-hague") { name country { code region subregion } intermediateRegion subregion latitude longitude
        locatedIn { country { code } sources { slug } }
        headquartered { body { slug ... on Organization { claims(property: "headquarters") { value sources { slug } } } } sources { slug } facts } }
      organizations(first: 100, where: { headquarteredIn: { some: { other: { city: { name: { equals: "The Hague" } } } } } }) { totalCount edges { node { slug } } }
    }`);
    expect(q.city).toMatchObject({ name: "The Hague", country: { code: "NL", region: "Europe", subregion: "Western Europe" }, subregion: "Western Europe", intermediateRegion: null });
    // No source in data/sources states coordinates, so none are stored.
    expect(q.city.latitude).toBeNull();
    expect(q.city.longitude).toBeNull();
    expect(q.city.locatedIn.map((l: any) => l.country.code)).toEqual(["NL"]);
    expect(sorted(q.city.headquartered.map((s: any) => s.body.slug))).toEqual(expected);
    for (const seat of q.city.headquartered) {
      // The seat cites exactly the sources of the body's headquarters claim.
      const claim = seat.body.claims.find((c: any) => /The Hague/.test(c.value));
      expect(sorted(seat.sources.map((s: any) => s.slug))).toEqual(sorted(claim.sources.map((s: any) => s.slug)));
      expect(seat.facts.length).toBeGreaterThan(0);
    }
    expect(slugs(q.organizations)).toEqual(expected);
    expect(q.organizations.totalCount).toBe(expected.length);
  });

  it("every city lies in the country the data files name, and every seat's city agrees with the body's headquarters country", async () => {
    const q = await ask(`{ cities(first: 100) { totalCount edges { node { slug country { code } headquartered { body { slug ... on Organization { headquartersCountry { code } } } } } } } }`);
    expect(q.cities.totalCount).toBe(citiesFile.length);
    const byFile = new Map(citiesFile.map((c) => [c.slug, c.country]));
    for (const { node } of q.cities.edges) {
      expect(node.country.code).toBe(byFile.get(node.slug));
      for (const s of node.headquartered) if (s.body.headquartersCountry) expect(s.body.headquartersCountry.code).toBe(node.country.code);
    }
  });

  it("missions hosted in a Western African country (UN M49 intermediate region), through `filter` and through `where`", async () => {
    const western = countriesIn("Western Africa");
    expect(western.has("ML")).toBe(true);
    expect(western.has("CM")).toBe(false); // Middle Africa
    const all = await ask(`{ missions(first: 100) { edges { node { slug hostCountries { country { code } } } } } }`);
    const expected = sorted(all.missions.edges.filter((e: any) => e.node.hostCountries.some((h: any) => western.has(h.country.code))).map((e: any) => e.node.slug));
    expect(expected.length).toBeGreaterThan(1);
    const q = await ask(`{
      byFilter: missions(first: 100, filter: { hostRegion: "Western Africa" }) { totalCount edges { node { slug } } }
      byWhere: missions(first: 100, where: { hostCountries: { some: { other: { country: { intermediateRegion: { equals: "Western Africa" } } } } } }) { totalCount edges { node { slug } } }
      mali: country(code: "ML") { region subregion intermediateRegion }
      bySeat: missions(first: 100, where: { headquarteredIn: { some: { other: { city: { intermediateRegion: { equals: "Western Africa" } } } } } }) { edges { node { slug } } }
    }`);
    expect(slugs(q.byFilter)).toEqual(expected);
    expect(slugs(q.byWhere)).toEqual(expected);
    expect(q.byWhere.totalCount).toBe(expected.length);
    expect(q.mali).toEqual({ region: "Africa", subregion: "Sub-Saharan Africa", intermediateRegion: "Western Africa" });
    expect(slugs(q.bySeat)).toEqual(["eucap-sahel-mali"]);
  });

  it("countries carry the M49 names (not the package's own 'Central Europe' or 'North America')", async () => {
    const q = await ask(`{
      at: country(code: "AT") { region subregion } us: country(code: "US") { subregion } mx: country(code: "MX") { subregion intermediateRegion }
      westernEurope: countries(first: 100, filter: { region: "Western Europe" }) { totalCount edges { node { code } } }
      groups: countriesAggregate { groupBy(by: SUBREGION, first: 50) { key count } }
    }`);
    expect(q.at).toEqual({ region: "Europe", subregion: "Western Europe" });
    expect(q.us.subregion).toBe("Northern America");
    expect(q.mx).toEqual({ subregion: "Latin America and the Caribbean", intermediateRegion: "Central America" });
    expect(sorted(q.westernEurope.edges.map((e: any) => e.node.code))).toEqual(sorted([...countriesIn("Western Europe")]));
    const keys = q.groups.groupBy.map((b: any) => b.key);
    expect(keys).not.toContain("Central Europe");
    expect(keys).toContain("Sub-Saharan Africa");
  });

  it("bodies by the region of their seat: where through the city, filter through the headquarters country", async () => {
    const westernEurope = countriesIn("Western Europe");
    const cityCountry = new Map(citiesFile.map((c) => [`city:${c.slug}`, c.country]));
    const bySeat = sorted([...new Set(seatsFile.filter((r) => r.from.startsWith("org:") && westernEurope.has(cityCountry.get(r.to)!)).map((r) => r.from.slice(4)))]);
    const byHq = sorted(orgFile.filter((o) => westernEurope.has(o.headquartersCountry)).map((o) => o.slug));
    expect(bySeat).toEqual(expect.arrayContaining(["europol", "interpol", "nato"]));
    expect(byHq).toEqual(expect.arrayContaining(bySeat));
    const q = await ask(`{
      where: organizations(first: 100, where: { headquarteredIn: { some: { other: { city: { subregion: { equals: "Western Europe" } } } } } }) { edges { node { slug } } }
      filter: organizations(first: 100, filter: { headquartersRegion: "Western Europe" }) { edges { node { slug } } }
      agg: organizationsAggregate(where: { headquarteredIn: { exists: true } }) { count groupBy(by: HEADQUARTERED_IN, first: 50) { key count } }
    }`);
    expect(slugs(q.where)).toEqual(bySeat);
    expect(slugs(q.filter)).toEqual(byHq);
    const orgSeats = seatsFile.filter((r) => r.from.startsWith("org:"));
    expect(q.agg.count).toBe(new Set(orgSeats.map((r) => r.from)).size);
    expect(q.agg.groupBy.find((b: any) => b.key === "the-hague").count).toBe(3);
  });

  it("`headquarteredIn` and `withMember` keep apart what the deprecated `country` mixes", async () => {
    // 50 bodies at a time keep the nested answer within the row budget (there are fewer than 50).
    const all = await ask(`{ organizations(first: 50) { pageInfo { hasNextPage } edges { node { slug headquartersCountry { code } members(first: 100) { member { __typename ... on Country { code } } } } } } }`);
    expect(all.organizations.pageInfo.hasNextPage).toBe(false);
    const nodes = all.organizations.edges.map((e: any) => e.node);
    const hq = (c: string) => sorted(nodes.filter((o: any) => o.headquartersCountry?.code === c).map((o: any) => o.slug));
    const member = (c: string) => sorted(nodes.filter((o: any) => o.members.some((m: any) => m.member.code === c)).map((o: any) => o.slug));
    // Belgium: the EU and NATO are headquartered there and have it as a member; the EDPS is only headquartered
    // there.
    const [inHq, asMember] = [hq("BE"), member("BE")];
    expect(inHq).toEqual(expect.arrayContaining(["eu", "nato", "edps"]));
    expect(asMember).toEqual(expect.arrayContaining(["eu", "nato"]));
    expect(asMember).not.toContain("edps");
    const q = await ask(`{
      hq: organizations(first: 100, filter: { headquarteredIn: "BE" }) { edges { node { slug } } }
      member: organizations(first: 100, filter: { withMember: "BEL" }) { edges { node { slug } } }
      both: organizations(first: 100, filter: { headquarteredIn: "BE", withMember: "BE" }) { edges { node { slug } } }
      old: organizations(first: 100, filter: { country: "BE" }) { edges { node { slug } } }
      whereMember: organizations(first: 100, where: { members: { some: { other: { country: { code: { equals: "BE" } } } } } }) { edges { node { slug } } }
      memberOfEu: organizations(first: 100, filter: { memberOf: "eu" }) { edges { node { slug } } }
    }`);
    expect(slugs(q.hq)).toEqual(inHq);
    expect(slugs(q.member)).toEqual(asMember);
    expect(slugs(q.whereMember)).toEqual(asMember);
    expect(slugs(q.both)).toEqual(inHq.filter((s) => asMember.includes(s)));
    // The deprecated filter keeps its old meaning: either.
    expect(slugs(q.old)).toEqual(sorted([...new Set([...inHq, ...asMember])]));
    const euMembers = await ask(`{ organization(slug: "eu") { members(first: 100) { member { __typename slug } } } }`);
    expect(slugs(q.memberOfEu)).toEqual(sorted(euMembers.organization.members.filter((m: any) => m.member.__typename === "Organization").map((m: any) => m.member.slug)));
  });

  it("a list of cities with their country and seats costs the same statements for 3 cities as for all", async () => {
    const q = (n: number) => `{ cities(first: ${n}) { edges { node { name country { code region } locatedIn(first: 5) { sources { slug } } headquartered(first: 20) { body { name } sources { slug } } } } } }`;
    for (const [p, { t, yoga }] of servers) {
      const few = await gql(yoga, t.db, q(3));
      const all = await gql(yoga, t.db, q(20));
      expect(few.errors ?? all.errors, `${p}: ${JSON.stringify(few.errors ?? all.errors)}`).toBeUndefined();
      expect((all.data as any).cities.edges.length).toBe(citiesFile.length);
      expect(all.statements, p).toBe(few.statements);
    }
  });

  it("a bad region or code is an empty answer, not an error; an unknown where field is BAD_USER_INPUT", async () => {
    const q = await ask(`{ missions(first: 5, filter: { hostRegion: "Atlantis" }) { totalCount } cities(first: 5, filter: { country: "ZZ" }) { totalCount } }`);
    expect(q).toEqual({ missions: { totalCount: 0 }, cities: { totalCount: 0 } });
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const res = await gql(yoga, t.db, `{ cities(first: 5, where: { region: { equals: "Europe" }, population: { gt: 1 } }) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe.each(providers)("places in the exports on %s", (provider) => {
  it("GraphML, JSON-LD and CSV keep the cities and the seats", async () => {
    const { t } = servers.get(provider)!;
    const csv = parseCsv(await collect((o) => writeCsv(t.db.prisma, "nodes", {}, o)), { columns: true }) as Record<string, string>[];
    const hague = csv.find((r) => r.id === "CITY:the-hague")!;
    expect(hague).toMatchObject({ kind: "CITY", name: "The Hague", subregion: "Western Europe", latitude: "", longitude: "" });
    expect(hague.sources.split("; ")).toEqual(expect.arrayContaining(["eur-lex", "icc-press-2025"]));
    expect(csv.find((r) => r.id === "COUNTRY:ml")).toMatchObject({ subregion: "Sub-Saharan Africa", intermediateRegion: "Western Africa" });
    const edges = parseCsv(await collect((o) => writeCsv(t.db.prisma, "edges", {}, o)), { columns: true }) as Record<string, string>[];
    expect(edges.filter((e) => e.kind === "HEADQUARTERED_IN").length).toBe(seatsFile.length);
    expect(edges.find((e) => e.kind === "HEADQUARTERED_IN" && e.source === "ORGANIZATION:europol")).toMatchObject({ target: "CITY:the-hague" });
    expect(edges.find((e) => e.kind === "LOCATED_IN" && e.source === "CITY:the-hague")).toMatchObject({ target: "COUNTRY:nl" });
    const xml = await collect((o) => writeGraphML(t.db.prisma, { kinds: ["CITY"] }, o));
    expect(xml.match(/<node /g)?.length).toBe(citiesFile.length);
    const doc = JSON.parse(await collect((o) => writeJsonLd(t.db.prisma, {}, o)));
    const city = doc["@graph"].find((n: any) => n["@id"] === "pg:CITY:the-hague");
    expect(city["@type"]).toBe("City");
    expect(doc["@context"].City).toBe("schema:City");
    // The direct link beside the reified statement.
    expect(doc["@graph"]).toContainEqual({ "@id": "pg:ORGANIZATION:europol", headquarteredIn: "pg:CITY:the-hague" });
    expect(doc["@graph"]).toContainEqual({ "@id": "pg:CITY:the-hague", locatedIn: "pg:COUNTRY:nl" });
  });
});

describe.each(providers)("an existing database, and curating places, on %s", (provider) => {
  let t: TestDb;
  /** The handle of the server started after the upgrade (the test's own handle saw the columns change under it). */
  let db: DbHandle;
  beforeAll(async () => {
    t = await seededDatabase(provider);
  }, 180_000);
  afterAll(async () => {
    await db?.prisma.$disconnect();
    await t?.drop();
  });

  it("a database from before 0007_places gets its cities, seats and M49 regions; a curator's entity stays", async () => {
    const p = t.db.prisma;
    // Put the database back where 0006 left it: no cities, no seats, the package's own regions, no new columns.
    await p.relation.deleteMany({ where: { kind: { in: ["HEADQUARTERED_IN", "LOCATED_IN"] } } });
    await p.entity.deleteMany({ where: { kind: "CITY" } });
    await p.entity.update({ where: { kind_slug: { kind: "COUNTRY", slug: "at" } }, data: { subregion: "Central Europe" } });
    await p.entity.create({ data: { kind: "TOPIC", slug: "curated-topic", name: "Made by a curator", category: "SOVEREIGNTY" } });
    for (const c of ["intermediateRegion", "latitude", "longitude"]) await p.$executeRawUnsafe(`ALTER TABLE "Entity" DROP COLUMN "${c}"`);
    await p.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE migration_name = '0007_places'`);
    await p.$disconnect();

    // The next start: a new handle, then what `npm start` runs (seed: "if-empty").
    db = createDb(t.url);
    const { migrations, seeded } = await prepareDatabase(db);
    expect(migrations).toEqual(["0007_places"]);
    expect(seeded).not.toBeNull();
    const q = db.prisma;
    expect(await q.entity.count({ where: { kind: "CITY" } })).toBe(citiesFile.length);
    expect(await q.relation.count({ where: { kind: "HEADQUARTERED_IN" } })).toBe(seatsFile.length);
    expect(await q.entity.findFirst({ where: { kind: "COUNTRY", slug: "at" }, select: { subregion: true } })).toEqual({ subregion: "Western Europe" });
    expect(await q.entity.findFirst({ where: { kind: "COUNTRY", slug: "ml" }, select: { intermediateRegion: true } })).toEqual({ intermediateRegion: "Western Africa" });
    expect(await q.entity.count({ where: { slug: "curated-topic" } })).toBe(1);
    // Starting again changes nothing.
    expect(await prepareDatabase(db)).toEqual({ migrations: [], seeded: null });
  }, 180_000);

  it("a curator adds a city with coordinates and its country; coordinates are refused on other kinds", async () => {
    const yoga = testServer(db);
    const curator = await keyFor(db, "CURATOR", "carol");
    const as = (query: string, variables?: Record<string, unknown>) => gqlAs(yoga, curator, query, variables);
    const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id kind slug } userErrors { field code message } } }`;
    // A test record, not a fact of the product's data.
    const city = await as(CREATE, { input: { kind: "CITY", slug: "test-city", name: "Test city", latitude: 12.5, longitude: -8, sources: [{ source: "eeas-csdp" }], reason: "test" } });
    expect(city.data.createEntity.userErrors).toEqual([]);
    const wrong = await as(CREATE, { input: { kind: "TOPIC", slug: "test-topic", name: "T", topicCategory: "SOVEREIGNTY", latitude: 1, sources: [{ source: "eeas-csdp" }] } });
    expect(wrong.data.createEntity).toMatchObject({ entity: null, userErrors: [{ field: ["input", "latitude"], code: "INVALID" }] });
    const mali = await gqlAs(yoga, null, `{ country(code: "ML") { id } }`);
    const rel = await as(`mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { kind } userErrors { field code } } }`, {
      input: { kind: "LOCATED_IN", from: city.data.createEntity.entity.id, to: mali.data.country.id, sources: [{ source: "eeas-csdp" }], reason: "test" },
    });
    expect(rel.data.createRelationship.userErrors).toEqual([]);
    const wrongEnd = await as(`mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { kind } userErrors { field code } } }`, {
      input: { kind: "HEADQUARTERED_IN", from: city.data.createEntity.entity.id, to: mali.data.country.id, sources: [{ source: "eeas-csdp" }] },
    });
    expect(wrongEnd.data.createRelationship.relationship).toBeNull();
    expect(wrongEnd.data.createRelationship.userErrors.length).toBeGreaterThan(0);
    const read = await gqlAs(yoga, null, `{ cities(first: 10, filter: { country: "ML" }) { edges { node { slug latitude longitude country { code } } } } }`);
    expect(read.errors).toBeUndefined();
    expect(read.data.cities.edges.map((e: any) => e.node)).toEqual([
      { slug: "bamako", latitude: null, longitude: null, country: { code: "ML" } },
      { slug: "test-city", latitude: 12.5, longitude: -8, country: { code: "ML" } },
    ]);
  });
});

describe("places in the data files", () => {
  it("refuses a seat in a city of another country, a seat at a country, and a country in two M49 regions", () => {
    const dir = mkdtempSync(join(tmpdir(), "policing-graph-places-"));
    try {
      cpSync(DATA_DIR, dir, { recursive: true });
      const rel = join(dir, "relations", "places.yaml");
      writeFileSync(rel, readFileSync(rel, "utf8") + `
- kind: HEADQUARTERED_IN
  from: org:europol
  to: city:brussels
  sources: [eur-lex]
- kind: HEADQUARTERED_IN
  from: org:eurojust
  to: country:NL
  sources: [eur-lex]
`);
      const regions = join(dir, "regions", "m49.yaml");
      writeFileSync(regions, readFileSync(regions, "utf8").replace("countries: [AT, BE,", "countries: [AT, BE, ML,"));
      let err: unknown;
      try {
        readDataset(dir, COUNTRY_CODES);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DataErrors);
      const msg = (err as DataErrors).message;
      expect(msg).toMatch(/places\.yaml:\d+: record #\d+ HEADQUARTERED_IN org:europol -> city:brussels, field 'to': city:brussels is in BE, but org:europol has headquartersCountry NL/);
      expect(msg).toMatch(/HEADQUARTERED_IN org:eurojust -> country:NL, field 'to': HEADQUARTERED_IN ends at CITY, not COUNTRY/);
      expect(msg).toMatch(/m49\.yaml:\d+: record '011 Western Africa', field 'countries': ML is already in Western Europe/);
      // The real files pass.
      expect(() => readDataset(DATA_DIR, COUNTRY_CODES)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
