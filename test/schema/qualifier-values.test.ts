// A where on a relationship qualifier (role, status, cooperation kind, focus, the generic qualifier) with a value no
// relationship of those kinds holds is a BAD_USER_INPUT error naming the argument and the path, listing the values
// in use, wherever a where runs: root connections and their totalCount, root aggregates (scope and groupBy.where),
// relationship lists and between. Values in use pass, and are probed once per database handle. On SQLite and
// PostgreSQL. The other limits of a where (conditions, text, lists, intervals, depth) are checked here too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

describe.each(await availableProviders())("qualifier values on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 180_000);
  afterAll(async () => t?.drop());

  const errorOf = async (query: string) => {
    const r = await gql<any>(yoga, t.db, query);
    expect(r.errors, query).toBeDefined();
    return r.errors![0];
  };
  const ok = async (query: string) => {
    const r = await gql<any>(yoga, t.db, query);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r;
  };

  it("probes a value in use once: the same request issues one statement fewer the second time", async () => {
    const query = `{ organizations(first: 5, where: { cooperations: { some: { cooperationKind: { equals: "LIAISON" } } } }) { edges { node { slug } } } }`;
    const first = await ok(query);
    const second = await ok(query);
    expect(first.statements).toBe(second.statements + 1);
    expect(second.statements).toBe(1);
    expect(second.data.organizations.edges.length).toBeGreaterThan(0);
  });

  it("refuses a cooperation kind no cooperation has, listing the kinds in use, in a connection and its count", async () => {
    const e = await errorOf(`{ organizations(where: { cooperations: { some: { cooperationKind: { equals: "AGREEMENTS" } } } }) { totalCount edges { node { slug } } } }`);
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
    expect(e.message).toContain("where.cooperations.some.cooperationKind");
    expect(e.message).toContain(`"AGREEMENTS"`);
    for (const kind of ["AGREEMENT", "MEMORANDUM", "LIAISON"]) expect(e.message).toContain(`"${kind}"`);
    // The kinds listed are the cooperations' own, not the qualifiers of other relationships.
    expect(e.message).not.toContain(`"MEMBER_STATE"`);
    const counted = await errorOf(`{ organizations(where: { cooperations: { none: { cooperationKind: { in: ["AGREEMENT", "Agreement"] } } } }) { totalCount } }`);
    expect(counted.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
    expect(counted.message).toContain(`"Agreement"`);
  });

  it("refuses unknown roles, statuses and focuses inside NOT, all and nested other-end conditions", async () => {
    const role = await errorOf(`{ missions(where: { leadBodies: { all: { NOT: { role: { equals: "LEADER" } } } } }) { totalCount } }`);
    expect(role.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
    expect(role.message).toMatch(/LEADS relationship has the qualifier "LEADER"/);
    expect(role.message).toContain(`"PARTICIPANT"`);
    const nested = await errorOf(`{ countries(where: { memberships: { some: { other: { organization: { cooperations: { some: { cooperationKind: { not: "MOU" } } } } } } } }) { totalCount } }`);
    expect(nested.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
    expect(nested.message).toContain("cooperationKind");
    const status = await errorOf(`{ countries(where: { memberships: { some: { status: { equals: "MEMBER" } } } }) { totalCount } }`);
    expect(status.message).toContain(`"MEMBER_STATE"`);
    const focus = await errorOf(`{ organizations(where: { crimeAreas: { some: { focus: { notIn: ["FOCUSED"] } } } }) { totalCount } }`);
    expect(focus.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
  });

  it("refuses unknown values in aggregates, relationship lists and between", async () => {
    const scope = await errorOf(`{ missionsAggregate(where: { leadBodies: { some: { role: { equals: "lead" } } } }) { count } }`);
    expect(scope.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
    const group = await errorOf(`{ missionsAggregate { groupBy(by: LEAD_BODIES, where: { qualifier: { in: ["LEAD", "LEADD"] } }) { key count } } }`);
    expect(group.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "groupBy.where" });
    expect(group.message).toContain(`"LEADD"`);
    const list = await errorOf(`{ organization(slug: "un") { leads(where: { role: { equals: "SOLE_LEAD" } }) { role } } }`);
    expect(list.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(list.message).toContain(`"SOLE_LEAD"`);
    const between = await errorOf(`{ between(a: "org:europol", b: "org:interpol", where: { qualifier: { equals: "TREATY" } }) { __typename } }`);
    expect(between.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(between.message).toContain(`"AGREEMENT"`);
  });

  it("answers values in use, partial matches and a value a curator has just added", async () => {
    const r = await ok(`{ missionsAggregate { groupBy(by: LEAD_BODIES, where: { qualifier: { in: ["PARTICIPANT"] } }) { key count } }
      organizations(where: { cooperations: { some: { cooperationKind: { startsWith: "MEMO" } } } }) { totalCount } }`);
    expect(r.data.missionsAggregate.groupBy).toEqual([{ key: "pif", count: 1 }]);
    expect(r.data.organizations.totalCount).toBeGreaterThan(0);
    const typo = await errorOf(`{ organizations(where: { cooperations: { some: { cooperationKind: { equals: "TWINNING" } } } }) { totalCount } }`);
    expect(typo.extensions?.code).toBe("BAD_USER_INPUT");
    const p = t.db.prisma;
    const [a, b] = await p.entity.findMany({ where: { kind: "ORGANIZATION", slug: { in: ["europol", "eurojust"] } } });
    await p.relation.create({ data: { kind: "COOPERATES_WITH", fromId: a.id, toId: b.id, subtype: "TWINNING", key: `test:twinning:${provider}` } });
    const added = await ok(`{ organizations(where: { cooperations: { some: { cooperationKind: { equals: "TWINNING" } } } }) { totalCount } }`);
    expect(added.data.organizations.totalCount).toBe(2);
  });

  it("refuses the other bad filters with typed errors naming the argument", async () => {
    const many = Array.from({ length: 70 }, (_, i) => `{ slug: { equals: "s${i}" } }`).join(" ");
    const conditions = await errorOf(`{ organizations(where: { OR: [${many}] }) { totalCount } }`);
    expect(conditions.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
    expect(conditions.message).toMatch(/more than 64 conditions/);
    const long = await errorOf(`{ organizations(where: { name: { contains: "${"x".repeat(201)}" } }) { totalCount } }`);
    expect(long.message).toMatch(/longer than 200 characters/);
    const items = await errorOf(`{ organizations(where: { AND: [${Array.from({ length: 101 }, () => "{}").join(" ")}] }) { totalCount } }`);
    expect(items.message).toMatch(/more than 100 items/);
    const inverted = await errorOf(`{ organization(slug: "europol") { cooperations(where: { overlaps: { from: "2020-01-01", to: "2019-12-31" } }) { since } } }`);
    expect(inverted.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
    expect(inverted.message).toMatch(/'from' is after 'to'/);
    const groupInverted = await errorOf(`{ missionsAggregate { groupBy(by: HOST_COUNTRIES, where: { overlaps: { from: "2020-01-01", to: "2000-01-01" } }) { key } } }`);
    expect(groupInverted.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "groupBy.where" });
    let deep = `{ qualifier: { equals: "LEAD" } }`;
    for (let i = 0; i < 9; i++) deep = `{ NOT: ${deep} }`;
    const tooDeep = await errorOf(`{ missionsAggregate { groupBy(by: LEAD_BODIES, where: ${deep}) { key } } }`);
    expect(tooDeep.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "groupBy.where" });
    expect(tooDeep.message).toMatch(/nests \d+ levels; at most 8/);
    const noOperator = await errorOf(`{ organizations(where: { name: {} }) { totalCount } }`);
    expect(noOperator.message).toMatch(/names no operator/);
  });
});
