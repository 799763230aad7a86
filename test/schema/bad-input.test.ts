// Bad input gets a typed error naming the argument; unknown ids and slugs give null; nothing internal leaks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type ProviderName, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

describe("bad input", () => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);
  const code = (r: any) => r.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    yoga = testServer(t.db);
  }, 60_000);
  afterAll(async () => t?.drop());

  it("unknown slugs and ids of another type give null", async () => {
    const country = await q(`{ country(code: "HT") { id } }`);
    const res = await q(`query($id: ID!) { organization(slug: "no-such-body") { id } mission(id: $id) { id } node(id: "T3JnYW5pemF0aW9uOjk5OTk5OQ") { id } }`, { id: country.data.country.id });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ organization: null, mission: null, node: null });
    // An id of a type that is no node of ours names nothing either.
    const nope = Buffer.from("Nope:1").toString("base64");
    const memberships = await q(`{ relations(first: 1) { edges { node { id } } } }`);
    const mixed = await q(`query($ids: [ID!]!) { node(id: "${nope}") { id } nodes(ids: $ids) { id } }`, {
      ids: [nope, memberships.data.relations.edges[0].node.id, country.data.country.id],
    });
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data).toEqual({ node: null, nodes: [null, { id: memberships.data.relations.edges[0].node.id }, { id: country.data.country.id }] });
    // Unknown relationship and source ids are null too, alone or among others.
    const unknown = ["Source:99999", "Membership:99999", "Cooperation:2147483647"].map((s) => Buffer.from(s).toString("base64"));
    for (const id of unknown) {
      const one = await q(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(one.errors, id).toBeUndefined();
      expect(one.data).toEqual({ node: null });
    }
    const many = await q(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [...unknown, country.data.country.id] });
    expect(many.errors).toBeUndefined();
    expect(many.data).toEqual({ nodes: [null, null, null, { id: country.data.country.id }] });
  });

  it("a malformed global id is BAD_USER_INPUT naming the argument", async () => {
    for (const id of ["not-an-id", "", "!!!", Buffer.from("Organization:abc").toString("base64")]) {
      const res = await q(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(code(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0].message).toMatch(/id/);
      const res2 = await q(`query($id: ID!) { organization(id: $id) { id } }`, { id });
      expect(code(res2)).toBe("BAD_USER_INPUT");
    }
  });

  it("first above the cap or below zero is BAD_USER_INPUT naming the argument", async () => {
    for (const [query, arg] of [
      [`{ organizations(first: 101) { totalCount } }`, "first"],
      [`{ organizations(first: -1) { edges { cursor } } }`, "first"],
      [`{ missions(last: 1000) { edges { cursor } } }`, "last"],
      [`{ relations(first: 500) { totalCount } }`, "first"],
      [`{ organization(slug: "europol") { cooperations(first: 101) { since } } }`, "first"],
      [`{ organization(slug: "europol") { cooperations(first: -5) { since } } }`, "first"],
    ] as const) {
      const res = await q(query);
      expect(code(res), query).toBe("BAD_USER_INPUT");
      expect(res.errors![0].message).toContain(`'${arg}'`);
      expect(res.errors![0].message).not.toMatch(/prisma|SELECT|at .*\.ts/i);
    }
  });

  it("an invalid date is BAD_USER_INPUT naming the argument", async () => {
    for (const d of ["2020-02-30", "yesterday", "2020-13-01", "20200101"]) {
      const res = await q(`query($d: Date) { organization(slug: "edps") { oversees(asOf: $d) { since } } }`, { d });
      expect(code(res), d).toBe("BAD_USER_INPUT");
      expect(res.errors![0].message).toMatch(/\$d|asOf|Date/);
    }
    const literal = await q(`{ relations(asOf: "1999-99-99") { totalCount } }`);
    expect(code(literal)).toBe("BAD_USER_INPUT");
    expect(literal.errors![0].message).toMatch(/asOf/);
  });

  it("lookups need exactly one of id or slug; a bad country code is named", async () => {
    expect(code(await q(`{ organization { id } }`))).toBe("BAD_USER_INPUT");
    expect(code(await q(`{ country(code: "Haiti!") { id } }`))).toBe("BAD_USER_INPUT");
  });

  it("unexpected failures are masked: no stack trace or SQL in the response", async () => {
    const res = await yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ organizations(filter: { text: \"" + "x".repeat(300) + "\" }) { totalCount } }" }),
    });
    const text = await res.text();
    expect(text).toContain("BAD_USER_INPUT");
    expect(text).not.toMatch(/stack|prisma|SELECT/i);
  });
});

// Issue 11: inputs that came back as masked internal errors or HTTP 500. Each is BAD_USER_INPUT (or another code)
// naming what was wrong, with a 4xx, on both databases.
describe.each(await availableProviders())("bad input at the edge on %s", (provider: ProviderName) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
  const expectBadInput = (res: { status: number; errors?: readonly any[] }, argument: string, what: string) => {
    expect(res.errors?.[0]?.extensions, what).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(res.errors![0].message, what).not.toMatch(/Unexpected error|prisma|SELECT|invalid input syntax/i);
    expect(res.status, what).toBe(400);
  };
  const raw = (body: string) =>
    yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body,
    });
  const alive = async () => expect(await q(`{ __typename }`)).toMatchObject({ status: 200, data: { __typename: "Query" } });

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 180_000);
  afterAll(async () => t?.drop());

  it("crafted cursors are BAD_USER_INPUT naming after or before", async () => {
    const cursors = ["R1BDOk46TmFO", b64("GPC:N:99999999999"), b64("GPC:N:1e+21"), b64("GPC:S:abc"), b64("GPC:O:{}"), b64("GPC:N:-1"), b64("GPC:x")];
    for (const c of cursors) {
      for (const list of ["organizations", "missions", "sources", "countries"]) {
        expectBadInput(await q(`query($c: String) { ${list}(after: $c) { totalCount edges { cursor } } }`, { c }), "after", `${list} after ${c}`);
        expectBadInput(await q(`query($c: String) { ${list}(last: 2, before: $c) { edges { cursor } } }`, { c }), "before", `${list} before ${c}`);
      }
    }
    for (const c of [b64("rel:99999999999"), b64("rel:NaN"), b64("rel:"), "R1BDOk46TmFO"])
      expectBadInput(await q(`query($c: String) { relations(after: $c) { edges { cursor } } }`, { c }), "after", `relations ${c}`);
    // The cursors the API hands out still page.
    const page = await q(`{ organizations(first: 2) { edges { cursor } } }`);
    const next = await q(`query($c: String) { organizations(first: 2, after: $c) { edges { cursor } } }`, { c: page.data.organizations.edges[1].cursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.organizations.edges).toHaveLength(2);
  });

  it("both after and before, or after with last, is BAD_USER_INPUT", async () => {
    const res = await q(`{ topics(after: "${b64("GPC:N:1")}", before: "${b64("GPC:N:5")}") { edges { cursor } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.status).toBe(400);
  });

  it("a year filter out of 1..9999 is BAD_USER_INPUT naming it", async () => {
    for (const [field, y] of [["activeIn", -99999], ["activeIn", 0], ["startedFrom", 275761], ["startedTo", 2147483647]] as const) {
      expectBadInput(await q(`{ missions(filter: { ${field}: ${y} }) { totalCount } }`), `filter.${field}`, `${field} ${y}`);
      expectBadInput(await q(`query($y: Int) { missionCounts(by: DECADE, filter: { ${field}: $y }) { count } }`, { y }), `filter.${field}`, `counts ${field} ${y}`);
    }
    expect((await q(`{ missions(filter: { activeIn: 2005 }) { totalCount } }`)).data.missions.totalCount).toBeGreaterThan(0);
  });

  it("NUL and lone surrogates in any string argument are BAD_USER_INPUT naming it", async () => {
    for (const s of ["\u0000", "europol\u0000", "\ud800", "a\udc00b"]) {
      expectBadInput(await q(`query($s: String) { organization(slug: $s) { id } }`, { s }), "slug", `slug ${JSON.stringify(s)}`);
      expectBadInput(await q(`query($s: String!) { cooperationOnCrime(crimeArea: $s) { actors { id } } }`, { s }), "crimeArea", `crimeArea ${JSON.stringify(s)}`);
      expectBadInput(await q(`query($s: String) { missions(filter: { text: $s }) { totalCount } }`, { s }), "filter.text", `text ${JSON.stringify(s)}`);
      expectBadInput(await q(`query($s: String!) { search(query: $s) { totalCount } }`, { s }), "query", `search ${JSON.stringify(s)}`);
      expectBadInput(await q(`query($s: ID!) { paths(from: $s, to: "org:europol") { length } }`, { s }), "from", `paths ${JSON.stringify(s)}`);
      // Global ids are decoded (and refused) by the relay plugin, which names every id argument 'id'.
      expectBadInput(await q(`query($s: ID!) { nodes(ids: ["${b64("Organization:1")}", $s]) { id } }`, { s }), "id", `nodes ${JSON.stringify(s)}`);
    }
    // A NUL written as a GraphQL escape in a literal is refused the same way.
    expectBadInput(await q(`{ organization(slug: "a\\u0000b") { id } }`), "slug", "literal NUL");
    await alive();
  });

  it("ids and Int arguments beyond 32 bits are BAD_USER_INPUT, not a database error", async () => {
    for (const id of [b64("Organization:99999999999"), b64("Organization:2147483648"), b64("Membership:99999999999"), b64("Source:99999999999")]) {
      expectBadInput(await q(`query($id: ID!) { node(id: $id) { id } }`, { id }), "id", `node ${id}`);
      expectBadInput(await q(`query($id: ID) { organization(id: $id) { id } }`, { id }), "id", `organization ${id}`);
      expectBadInput(await q(`query($id: ID) { source(id: $id) { id } }`, { id }), "id", `source ${id}`);
    }
    expect((await q(`query($id: ID!) { node(id: $id) { id } }`, { id: b64("Organization:2147483647") })).data).toEqual({ node: null });
    expectBadInput(await q(`{ organizations(first: 99999999999) { totalCount } }`), "first", "literal Int");
    expectBadInput(await q(`query($n: Int) { organizations(first: $n) { totalCount } }`, { n: 99999999999 }), "first", "variable Int");
    expectBadInput(await q(`query($f: MissionFilter) { missions(filter: $f) { totalCount } }`, { f: { activeIn: 99999999999 } }), "filter.activeIn", "nested Int");
  });

  it("variables of the wrong type are BAD_USER_INPUT naming the argument, with a 400", async () => {
    for (const [query, variables, argument] of [
      [`query($v: Int) { organizations(first: $v) { totalCount } }`, { v: "NaN" }, "first"],
      [`query($v: ID!) { node(id: $v) { id } }`, {}, "id"],
      [`query($v: ID!) { node(id: $v) { id } }`, { v: null }, "id"],
      [`query($v: [RelationKind!]) { relations(kinds: $v) { totalCount } }`, { v: ["MEMBER_OF", "NOPE"] }, "kinds.1"],
      [`query($v: OrganizationFilter) { organizations(filter: $v) { totalCount } }`, { v: { text: { a: 1 } } }, "filter.text"],
      [`query($v: OrganizationFilter) { organizations(filter: $v) { totalCount } }`, { v: "text" }, "filter"],
    ] as const) expectBadInput(await q(query, variables as never), argument, `${query} ${JSON.stringify(variables)}`);
  });

  it("variables nested 30,000 deep are refused with a 400, and the server keeps answering", async () => {
    for (const body of [
      `{"query":"query($v: [String]) { organizations(filter: { text: $v }) { totalCount } }","variables":{"v":${"[".repeat(30_000)}${"]".repeat(30_000)}}}`,
      `{"query":"query($v: OrganizationFilter) { organizations(filter: $v) { totalCount } }","variables":{"v":${'{"a":'.repeat(15_000)}1${"}".repeat(15_000)}}}`,
      `{"query":"{ __typename }","variables":{"v":${"[".repeat(30_000)}${"]".repeat(30_000)}}}`,
    ]) {
      const res = await raw(body);
      const json = (await res.json()) as any;
      expect(res.status).toBe(400);
      expect(json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    }
    await alive();
  });

  it("a document nested thousands deep is refused before parsing, with a 400", async () => {
    for (const query of [
      `{ cooperationCounts(by: ${"[".repeat(3_000)}${"]".repeat(3_000)}) { count } }`,
      `{ organizations(filter: ${"{text: ".repeat(3_000)}"x"${"}".repeat(3_000)}) { totalCount } }`,
    ]) {
      const res = await q(query);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    }
    // Brackets inside strings and comments do not count.
    const fine = await q(`{ organizations(filter: { text: "${"[".repeat(150)}" }) { totalCount } } # ${"{".repeat(500)}`);
    expect(fine.errors).toBeUndefined();
    await alive();
  });

  it("GET with variables or extensions that are not JSON is a 400 BAD_REQUEST", async () => {
    for (const qs of ["query={__typename}&variables={nope", "query={__typename}&extensions={nope", "query={__typename}&variables=%7B%22a%22%3A"]) {
      const res = await yoga.fetch(`http://test/graphql?${qs}`, { headers: { accept: "application/graphql-response+json" } });
      expect(res.status, qs).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions.code, qs).toBe("BAD_REQUEST");
    }
    await alive();
  });
});
