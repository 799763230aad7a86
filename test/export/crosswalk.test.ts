// entityByExternalId: Wikidata QIDs (any kind) and ISO 3166-1 codes (countries), through HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

const providers = await availableProviders();
const Q = `query ($scheme: ExternalIdScheme!, $value: String!) {
  entityByExternalId(scheme: $scheme, value: $value) { __typename kind slug name wikidataId }
}`;

describe.each(providers)("entityByExternalId on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  });
  afterAll(() => t?.drop());
  type R = { entityByExternalId: { __typename: string; kind: string; slug: string; wikidataId: string | null } | null };

  it("finds entities by Wikidata QID and countries by ISO codes", async () => {
    const w = await gql<R>(yoga, t.db, Q, { scheme: "WIKIDATA", value: "Q8475" });
    expect(w.errors).toBeUndefined();
    expect(w.data!.entityByExternalId).toMatchObject({ __typename: "Organization", slug: "interpol", wikidataId: "Q8475" });
    for (const [scheme, value] of [["ISO_ALPHA2", "HT"], ["ISO_ALPHA2", "ht"], ["ISO_ALPHA3", "HTI"], ["ISO_NUMERIC", "332"]]) {
      const r = await gql<R>(yoga, t.db, Q, { scheme, value });
      expect(r.data!.entityByExternalId, `${scheme} ${value}`).toMatchObject({ __typename: "Country", slug: "ht" });
    }
    const none = await gql<R>(yoga, t.db, Q, { scheme: "WIKIDATA", value: "Q999999999" });
    expect(none.data!.entityByExternalId).toBeNull();
    expect((await gql<R>(yoga, t.db, Q, { scheme: "ISO_ALPHA2", value: "XQ" })).data!.entityByExternalId).toBeNull();
  });

  it("rejects a malformed value as BAD_USER_INPUT naming the argument", async () => {
    const r = await gql<R>(yoga, t.db, Q, { scheme: "ISO_ALPHA3", value: "HT" });
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "value" });
    const bad = await gql<R>(yoga, t.db, Q, { scheme: "DOI", value: "x" });
    expect(bad.errors?.length).toBeGreaterThan(0);
  });
});
