// The ready-made operations frontends build on (client/operations, typed by codegen into client/generated) run
// against the seeded graph without errors and within the query limits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  InterpolMemberCountsDocument,
  MissionPageDocument,
  MissionsDocument,
  OrganizationPageDocument,
  OrganizationsDocument,
} from "../../client/generated/graphql.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

describe("ready-made client operations", () => {
  let t: TestDb;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    yoga = testServer(t.db);
  }, 60_000);
  afterAll(async () => t?.drop());

  it("OrganizationPage is typed and answers for Europol", async () => {
    const res = await gql(yoga, t.db, OrganizationPageDocument, { slug: "europol" });
    expect(res.errors).toBeUndefined();
    const org = res.data!.organization!;
    // Typed access: a typo here fails type-checking in CI.
    expect(org.executivePowers).toBe(false);
    expect(org.cooperations.some((c) => c.partner.slug === "eurojust")).toBe(true);
    expect(org.overseenBy.map((o) => o.overseer.slug)).toEqual(expect.arrayContaining(["jpsg", "edps"]));
  });

  it("MissionPage, Missions and Organizations answer", async () => {
    const mission = await gql(yoga, t.db, MissionPageDocument, { slug: "eulex-kosovo" });
    expect(mission.errors).toBeUndefined();
    expect(mission.data!.mission!.hostCountries[0].country.code).toBe("XK");
    const missions = await gql(yoga, t.db, MissionsDocument, { filter: { leadBody: "osce" }, first: 20 });
    expect(missions.data!.missions.edges.map((e) => e.node.slug)).toEqual(expect.arrayContaining(["omik", "osce-smm"]));
    const orgs = await gql(yoga, t.db, OrganizationsDocument, { filter: { executivePowers: false }, first: 50 });
    expect(orgs.data!.organizations.edges.map((e) => e.node.slug)).toEqual(expect.arrayContaining(["interpol", "europol", "eurojust"]));
  });

  it("InterpolMemberCounts shows both sourced values", async () => {
    const res = await gql(yoga, t.db, InterpolMemberCountsDocument);
    const numbers = res.data!.organization!.claims.map((c) => c.number);
    expect(numbers).toEqual(expect.arrayContaining([190, 196]));
  });
});
