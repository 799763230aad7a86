// Each export format read back by an independent parser: GraphML with fast-xml-parser, JSON-LD with jsonld.js,
// CSV with csv-parse; counts against the database; filters; the HTTP endpoints through yoga.fetch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import jsonld from "jsonld";
import { parse } from "csv-parse/sync";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { testServer } from "../helpers/http.js";
import { writeGraphML } from "../../src/export/graphml.js";
import { writeJsonLd } from "../../src/export/jsonld.js";
import { writeCsv } from "../../src/export/csv.js";
import { EDGE_COLUMNS, NODE_COLUMNS, parseFilter, FilterError } from "../../src/export/subgraph.js";
import { collect } from "./helpers.js";

const providers = await availableProviders();

describe.each(providers)("exports on %s", (provider) => {
  let t: TestDb;
  let nodes = 0;
  let edges = 0;
  beforeAll(async () => {
    t = await seededDatabase(provider);
    nodes = await t.db.prisma.entity.count();
    edges = await t.db.prisma.relation.count();
  });
  afterAll(() => t?.drop());

  it("GraphML: typed keys declared, every node and edge, directed, a known edge", async () => {
    const xml = await collect((o) => writeGraphML(t.db.prisma, {}, o));
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => ["key", "node", "edge", "data"].includes(n) }).parse(xml);
    const g = doc.graphml.graph;
    expect(g["@edgedefault"]).toBe("directed");
    expect(g.node).toHaveLength(nodes);
    expect(g.edge).toHaveLength(edges);
    const keys = new Map<string, { for: string; name: string; type: string }>(
      doc.graphml.key.map((k: Record<string, string>) => [k["@id"], { for: k["@for"], name: k["@attr.name"], type: k["@attr.type"] }]),
    );
    for (const name of ["kind", "slug", "name", "acronym", "wikidata", "isoAlpha2", "orgKind"]) expect([...keys.values()]).toContainEqual({ for: "node", name, type: "string" });
    expect([...keys.values()]).toContainEqual({ for: "node", name: "memberCount", type: "int" });
    expect([...keys.values()]).toContainEqual({ for: "node", name: "executivePowers", type: "boolean" });
    for (const name of ["kind", "subtype", "agreement", "validFrom", "validTo", "sources", "facts"]) expect([...keys.values()]).toContainEqual({ for: "edge", name, type: "string" });
    // every <data key> is declared for its domain
    const ids = new Set(g.node.map((n: Record<string, string>) => n["@id"]));
    for (const n of g.node) for (const d of n.data ?? []) expect(keys.get(d["@key"])?.for).toBe("node");
    for (const e of g.edge) {
      expect(ids.has(e["@source"]) && ids.has(e["@target"])).toBe(true);
      for (const d of e.data ?? []) expect(keys.get(d["@key"])?.for).toBe("edge");
    }
    const data = (el: { data?: { "@key": string; "#text": unknown }[] }, key: string) => el.data?.find((d) => d["@key"] === key)?.["#text"];
    const agreement = g.edge.find(
      (e: Record<string, string>) =>
        e["@source"] === "ORGANIZATION:europol" && e["@target"] === "ORGANIZATION:interpol" && data(e as never, "e_kind") === "COOPERATES_WITH" && data(e as never, "e_validFrom") === "2001-11-05",
    );
    expect(agreement).toBeDefined();
    expect(data(agreement, "e_sources")).toBe("interpol-site");
    expect(data(agreement, "e_facts")).toBe("F157");
  });

  it("JSON-LD: expands with its context; Europol's schema:name and owl:sameAs Wikidata IRI; reified relationships", async () => {
    const text = await collect((o) => writeJsonLd(t.db.prisma, {}, o));
    const doc = JSON.parse(text);
    const expanded = (await jsonld.expand(doc)) as Record<string, unknown>[];
    const europol = expanded.find((n) => n["@id"] === "urn:policing-graph:ORGANIZATION:europol" && n["https://schema.org/name"]) as Record<string, { "@value"?: string; "@id"?: string }[]>;
    expect(europol["https://schema.org/name"][0]["@value"]).toMatch(/Europol|Law Enforcement Cooperation/);
    expect(europol["@type"]).toContain("https://schema.org/Organization");
    expect(europol["http://www.w3.org/2002/07/owl#sameAs"][0]["@id"]).toBe("http://www.wikidata.org/entity/Q207203");
    const statements = expanded.filter((n) => (n["@type"] as string[] | undefined)?.includes("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"));
    expect(statements).toHaveLength(edges);
    const haiti = expanded.find((n) => n["@id"] === "urn:policing-graph:COUNTRY:ht" && n["@type"]) as Record<string, { "@value"?: string }[]>;
    expect(haiti["http://www.wikidata.org/prop/direct/P297"][0]["@value"]).toBe("HT");
    // direct links, e.g. membership as wdt:P463
    const compacted = await jsonld.compact(doc, { wdt: "http://www.wikidata.org/prop/direct/" });
    expect(JSON.stringify(compacted)).toContain("wdt:P463");
  });

  it("CSV: RFC 4180 with stable columns and every row", async () => {
    const n = parse(await collect((o) => writeCsv(t.db.prisma, "nodes", {}, o)), { columns: true }) as Record<string, string>[];
    const e = parse(await collect((o) => writeCsv(t.db.prisma, "edges", {}, o)), { columns: true }) as Record<string, string>[];
    expect(Object.keys(n[0])).toEqual([...NODE_COLUMNS]);
    expect(Object.keys(e[0])).toEqual([...EDGE_COLUMNS]);
    expect(n).toHaveLength(nodes);
    expect(e).toHaveLength(edges);
    expect(n.find((r) => r.id === "ORGANIZATION:interpol")?.wikidata).toBe("Q8475");
  });

  it("filters: kinds, relation kinds, asOf, neighbourhood, crime area", async () => {
    const rows = async (table: "nodes" | "edges", raw: Record<string, unknown>) =>
      parse(await collect((o) => writeCsv(t.db.prisma, table, parseFilter(raw), o)), { columns: true }) as Record<string, string>[];
    const orgs = await rows("nodes", { kinds: "ORGANIZATION" });
    expect(orgs.length).toBe(await t.db.prisma.entity.count({ where: { kind: "ORGANIZATION" } }));
    const orgEdges = await rows("edges", { kinds: "ORGANIZATION" });
    expect(orgEdges.every((e) => e.source.startsWith("ORGANIZATION:") && e.target.startsWith("ORGANIZATION:"))).toBe(true);
    const members = await rows("edges", { relationKinds: ["MEMBER_OF"] });
    expect(members.length).toBe(await t.db.prisma.relation.count({ where: { kind: "MEMBER_OF" } }));
    const asOf = await rows("edges", { asOf: "2000-01-01", relationKinds: "COOPERATES_WITH" });
    expect(asOf.find((e) => e.validFrom === "2001-11-05")).toBeUndefined();
    expect(asOf.every((e) => !e.validFrom || e.validFrom <= "2000-01-01")).toBe(true);
    const around = await rows("nodes", { around: "ORGANIZATION:europol", depth: "1" });
    expect(around.map((r) => r.id)).toContain("ORGANIZATION:interpol");
    const aroundEdges = await rows("edges", { around: "org:europol" });
    const ids = new Set(around.map((r) => r.id));
    expect(aroundEdges.length).toBeGreaterThan(0);
    expect(aroundEdges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const area = await t.db.prisma.entity.findFirst({ where: { kind: "CRIME_AREA", incoming: { some: { kind: "WORKS_ON" } } } });
    const crime = await rows("nodes", { crimeArea: area!.slug });
    expect(crime.map((r) => r.id)).toContain(`CRIME_AREA:${area!.slug}`);
    expect(crime.length).toBeGreaterThan(1);
    expect(() => parseFilter({ kinds: "SPACESHIP" })).toThrow(FilterError);
    expect(() => parseFilter({ depth: "2" })).toThrow(/depth/);
  });

  it("HTTP: streamed downloads with content type and disposition; a bad parameter is a 400 naming it", async () => {
    const yoga = testServer(t.db);
    const g = await yoga.fetch("http://test/export/graphml?kinds=ORGANIZATION");
    expect(g.status).toBe(200);
    expect(g.headers.get("content-type")).toMatch(/^application\/graphml\+xml/);
    expect(g.headers.get("content-disposition")).toBe('attachment; filename="policing-graph.graphml"');
    expect(await g.text()).toContain('<node id="ORGANIZATION:europol">');
    const j = await yoga.fetch("http://test/export/jsonld?around=ORGANIZATION:europol");
    expect(j.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(JSON.parse(await j.text())["@graph"].length).toBeGreaterThan(1);
    const n = await yoga.fetch("http://test/export/csv/nodes");
    expect(n.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(n.headers.get("content-disposition")).toContain("nodes.csv");
    expect(parse(await n.text(), { columns: true })).toHaveLength(nodes);
    const e = await yoga.fetch("http://test/export/csv/edges?relationKinds=MEMBER_OF,PART_OF&asOf=2020-01-01");
    expect(e.status).toBe(200);
    for (const [query, parameter] of [
      ["asOf=2020-02-30", "asOf"],
      ["kinds=ORGANISATION", "kinds"],
      ["depth=9&around=ORGANIZATION:europol", "depth"],
      ["around=ORGANIZATION:nowhere", "around"],
      ["crimeArea=no-such-area", "crimeArea"],
      ["colour=red", "colour"],
    ]) {
      const bad = await yoga.fetch(`http://test/export/graphml?${query}`);
      expect(bad.status, query).toBe(400);
      const body = (await bad.json()) as { error: { parameter: string; message: string } };
      expect(body.error.parameter, query).toBe(parameter);
    }
  });
});
