// API keys: reads are public; a mutation needs a CURATOR or ADMIN key (none: UNAUTHENTICATED, a READER key:
// FORBIDDEN, and nothing is written either way); an unknown or revoked key is refused even on reads.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey, hashSecret, listKeys, revokeKey, verifyKey } from "../../src/auth/keys.js";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { testServer, type Yoga } from "../helpers/http.js";
import { counts, gqlAs } from "../resolvers/mutation/helpers.js";

const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { slug } userErrors { code } } }`;
const input = { kind: "TOPIC", slug: "auth-test-topic", name: "Auth test", topicCategory: "ACCOUNTABILITY", sources: [{ source: "eur-lex" }] };

describe.each(await availableProviders())("API keys on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
    for (const role of ["READER", "CURATOR", "ADMIN"] as const) keys[role] = (await createKey(t.db.prisma, role.toLowerCase(), role)).secret;
  }, 120_000);
  afterAll(async () => t?.drop());

  it("stores only the hash and a prefix; verifies in constant time; lists without secrets", async () => {
    const secret = keys.CURATOR;
    expect(secret).toMatch(/^pgk_[A-Za-z0-9_-]{32}$/);
    const row = await t.db.prisma.apiKey.findUniqueOrThrow({ where: { name: "curator" } });
    expect(row.hash).toBe(hashSecret(secret));
    expect(row.prefix).toBe(secret.slice(0, 8));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(await verifyKey(t.db.prisma, secret)).toEqual({ keyName: "curator", role: "CURATOR" });
    expect(await verifyKey(t.db.prisma, secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await verifyKey(t.db.prisma, "nonsense")).toBeNull();
    const listed = await listKeys(t.db.prisma);
    expect(listed.map((k) => k.name)).toEqual(["admin", "curator", "reader"]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    await expect(createKey(t.db.prisma, "curator", "READER")).rejects.toThrow(/already exists/);
  });

  it("a mutation without a key is UNAUTHENTICATED, with a reader key FORBIDDEN; nothing is written", async () => {
    const before = await counts(t.db);
    const anon = await gqlAs(yoga, null, CREATE, { input });
    expect(anon.data?.createEntity ?? null).toBeNull();
    expect(anon.errors).toHaveLength(1);
    expect(anon.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    const reader = await gqlAs(yoga, keys.READER, CREATE, { input });
    expect(reader.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(reader.errors![0].message).toContain("reader");
    expect(await counts(t.db)).toEqual(before);
    // Reads stay public, with or without a key.
    expect((await gqlAs(yoga, null, `{ organization(slug: "europol") { slug } }`)).data).toEqual({ organization: { slug: "europol" } });
    expect((await gqlAs(yoga, keys.READER, `{ organization(slug: "europol") { slug } }`)).data).toEqual({ organization: { slug: "europol" } });
  });

  it("curator and admin keys may write, by Authorization or x-api-key; the key name is the actor", async () => {
    const res = await gqlAs(yoga, keys.CURATOR, CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.createEntity).toEqual({ entity: { slug: "auth-test-topic" }, userErrors: [] });
    const viaHeader = await gqlAs(yoga, keys.ADMIN, CREATE, { input: { ...input, slug: "auth-test-topic-2" } }, "x-api-key");
    expect(viaHeader.data.createEntity.userErrors).toEqual([]);
    const actors = (await t.db.prisma.change.findMany({ orderBy: { id: "asc" } })).map((c) => c.actor);
    expect(actors).toEqual(["curator", "admin"]);
    expect((await t.db.prisma.apiKey.findUniqueOrThrow({ where: { name: "admin" } })).lastUsedAt).not.toBeNull();
  });

  it("an unknown, malformed or revoked key is UNAUTHENTICATED, reads included", async () => {
    const read = `{ organization(slug: "europol") { slug } }`;
    for (const [key, header] of [["pgk_thisIsNotAKeyAtAllButLongEnough", "authorization"], ["pgk_x", "x-api-key"]] as const) {
      const res = await gqlAs(yoga, key, read, undefined, header);
      expect(res.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(res.errors![0].message).toMatch(/Invalid or revoked API key/);
      expect(res.data ?? null).toBeNull();
    }
    const malformed = await yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic abc" },
      body: JSON.stringify({ query: read }),
    });
    expect(((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("UNAUTHENTICATED");

    const { secret } = await createKey(t.db.prisma, "short-lived", "CURATOR");
    expect((await gqlAs(yoga, secret, read)).errors).toBeUndefined();
    expect(await revokeKey(t.db.prisma, "short-lived")).toBe(true);
    expect(await revokeKey(t.db.prisma, "short-lived")).toBe(false);
    const before = await counts(t.db);
    const revoked = await gqlAs(yoga, secret, CREATE, { input: { ...input, slug: "auth-test-topic-3" } });
    expect(revoked.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await gqlAs(yoga, secret, read)).errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await counts(t.db)).toEqual(before);
  });
});
