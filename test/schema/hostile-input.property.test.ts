// Property: no input a client can send crashes, masks or freezes the server. The schema is introspected over HTTP;
// for every argument of every root Query field, and of the fields one level down (under a connection's nodes), we
// generate values of the argument's type and hostile values (huge and negative numbers, NaN-like strings, lone
// surrogates, NUL, long strings, malformed ids and cursors, deep nesting, wrong types), send them as variables and
// as literals, by POST and GET, to a real server on a seeded database (SQLite and PostgreSQL), and check that
// nothing answers 5xx, every error carries an extensions.code that is not INTERNAL_SERVER_ERROR, nothing is masked
// as "Unexpected error", and the server still answers `{__typename}` afterwards.
// PROPERTY_SEED and PROPERTY_RUNS override the fixed seed and run count; a failure prints the seed and the path.
// PROPERTY_COLLECT=1 lists one example of each distinct violation instead of stopping at the first (exploring).
import fc from "fast-check";
import {
  buildClientSchema, getIntrospectionQuery, getNamedType, getNullableType, isCompositeType, isEnumType,
  isInputObjectType, isListType, isNonNullType, isObjectType, isInterfaceType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type ProviderName, type TestDb } from "../helpers/db.js";
import { startInstance, type Instance } from "../helpers/production.js";

const SEED = Number(process.env.PROPERTY_SEED ?? 20261130);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 800);

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

/** A value nested `depth` levels deep, serialised by hand (JSON.stringify and our printer would recurse). */
class Deep {
  constructor(
    readonly depth: number,
    readonly kind: "list" | "object",
  ) {}
  json(): string {
    return this.kind === "list" ? "[".repeat(this.depth) + "]".repeat(this.depth) : '{"a":'.repeat(this.depth) + "1" + "}".repeat(this.depth);
  }
  literal(): string {
    return this.kind === "list" ? "[".repeat(this.depth) + "]".repeat(this.depth) : "{a:".repeat(this.depth) + "1" + "}".repeat(this.depth);
  }
  toString() {
    return `Deep(${this.kind}, ${this.depth})`;
  }
}

/** An enum value (printed bare in a literal, as a string in variables). */
class EnumValue {
  constructor(readonly name: string) {}
  toString() {
    return this.name;
  }
}

function toJson(v: unknown): string {
  if (v instanceof Deep) return v.json();
  if (v instanceof EnumValue) return JSON.stringify(v.name);
  if (Array.isArray(v)) return `[${v.map(toJson).join(",")}]`;
  if (v && typeof v === "object") return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`).join(",")}}`;
  if (typeof v === "number" && !Number.isFinite(v)) return "null";
  return JSON.stringify(v) ?? "null";
}

function toLiteral(v: unknown): string {
  if (v instanceof Deep) return v.literal();
  if (v instanceof EnumValue) return v.name;
  if (Array.isArray(v)) return `[${v.map(toLiteral).join(", ")}]`;
  if (v && typeof v === "object") return `{${Object.entries(v).map(([k, x]) => `${k}: ${toLiteral(x)}`).join(", ")}}`;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  // JSON string escapes are GraphQL string escapes (lone surrogates come out as \udxxx, which GraphQL refuses).
  return JSON.stringify(v) ?? "null";
}

// ---- values

const LONG = "x".repeat(10_000);
const hostileNumbers = [2 ** 31, -(2 ** 31) - 1, 2 ** 53, 99999999999, -99999, -1, 1e308, -1e308, 0.5, 1e-7, 275761, -271821];
const hostileStrings = [
  "NaN", "Infinity", "-Infinity", "1e999", "-0", "0x10", "", " ", "\uD800", "a\uDC00b", "\u0000", "x\u0000y", "%", "_", "%_%",
  "'", '"', "\\", "'; DROP TABLE \"Entity\"; --", LONG, "é".repeat(3000), "👮".repeat(500), "\u202Eabc", "null", "undefined",
  "1999-99-99", "0000-00-00", "9999-12-31", "-001000-01-01", "275760-09-13", "2020-02-30T00:00:00Z",
];
const typenames = ["Organization", "Country", "Mission", "Membership", "Cooperation", "Source", "Claim", "Nope", ""];
const malformedIds = [
  "R1BDOk46TmFO", b64("GPC:N:NaN"), b64("GPC:N:99999999999"), b64("GPC:N:-99999999999"), b64("GPC:N:1e+21"), b64("GPC:N:1.5"),
  b64("GPC:S:abc"), b64("GPC:S:"), b64("GPC:O:{}"), b64("GPC:O:[1,2]"), b64("GPC:O:{"), b64("GPC:I:99999999999999999999"),
  b64("GPC:D:NaN"), b64("GPC:Z:"), b64("GPC:T:[]"), b64("GPC:B:!!"), b64("GPC:"), b64("GPC"), "R1BDOk46",
  ...typenames.flatMap((t) => [b64(`${t}:99999999999`), b64(`${t}:2147483648`), b64(`${t}:0`), b64(`${t}:-1`), b64(`${t}:999999999999999`)]),
  b64("Organization:1e5"), b64("Organization:"), b64("Organization:1:2"), "org:", "org:" + "x".repeat(300), "nope:europol",
  "org:europol:extra", "country:ZZ", "kind:slug", ":", "====", "\u0000", LONG,
];
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileNumbers), weight: 3 },
  { arbitrary: fc.constantFrom(...hostileStrings), weight: 4 },
  { arbitrary: fc.constantFrom(...malformedIds), weight: 4 },
  { arbitrary: fc.constantFrom<unknown>(true, false, null, {}, [], { a: 1 }, [1, [2]], [null], { text: { text: "x" } }), weight: 2 },
  { arbitrary: fc.constantFrom(10, 200, 2_000, 30_000).chain((d) => fc.constantFrom(new Deep(d, "list"), new Deep(d, "object"))), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), weight: 1 },
);

const slugs = ["europol", "interpol", "eu", "HT", "FRA", "human-trafficking", "org:eurojust", "country:HT", "mission:minustah"];
const day = fc
  .date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Cursors of each connection's format (plugin-prisma's, relations', search's) with good and bad payloads. */
const cursor = fc.oneof(
  fc.constantFrom(...malformedIds),
  fc
    .tuple(fc.constantFrom("GPC:N:", "GPC:S:", "GPC:I:", "rel:", "search:", ""), fc.oneof(fc.nat(3000), fc.constantFrom(-1, 2 ** 31, 99999999999, NaN, 1e21)))
    .map(([prefix, n]) => b64(`${prefix}${n}`)),
);

function typed(schema: GraphQLSchema, type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typed(schema, type.ofType, depth);
  if (isListType(type)) return fc.array(typed(schema, type.ofType, depth + 1), { maxLength: depth > 2 ? 0 : 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => new EnumValue(v.name)));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 3) return fc.constant({});
    return fc.record(
      Object.fromEntries(fields.map((f) => [f.name, fc.oneof({ arbitrary: typed(schema, f.type, depth + 1), weight: 4 }, { arbitrary: hostile, weight: 1 })])),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
  }
  switch (type.name) {
    case "Int":
      return fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom(0, 1, 100, 101, 2 ** 31 - 1, -(2 ** 31), 1999, 2005, -99999), fc.integer());
    case "Float":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "Boolean":
      return fc.boolean();
    case "Date":
      return fc.oneof(day, fc.constantFrom("2020-02-30", "yesterday", "20200101"));
    case "DateTime":
      return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom("never", "2020-13-45T99:00:00Z"));
    case "ID":
      return fc.oneof(
        fc.tuple(fc.constantFrom(...typenames), fc.integer({ min: 0, max: 3000 })).map(([t, n]) => b64(`${t}:${n}`)),
        fc.constantFrom(...slugs),
        fc.string({ maxLength: 30 }),
      );
    default:
      // String and any other scalar
      return fc.oneof(fc.constantFrom(...slugs), fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }));
  }
}

// ---- targets and requests

interface Target {
  root: GraphQLField<unknown, unknown>;
  /** A field of the root's return type (of its nodes, for a connection), taking arguments. */
  nested?: GraphQLField<unknown, unknown>;
}

const isConnection = (f: GraphQLField<unknown, unknown>) => getNamedType(f.type).name.endsWith("Connection");

function nodeTypeOf(f: GraphQLField<unknown, unknown>) {
  let t = getNamedType(f.type);
  if (isConnection(f) && isObjectType(t)) {
    const edge = getNamedType(t.getFields().edges.type);
    if (isObjectType(edge)) t = getNamedType(edge.getFields().node.type);
  }
  return isObjectType(t) || isInterfaceType(t) ? t : undefined;
}

function targetsOf(schema: GraphQLSchema): Target[] {
  const out: Target[] = [];
  for (const root of Object.values(schema.getQueryType()!.getFields())) {
    if (root.name.startsWith("__")) continue;
    out.push({ root });
    // One level down: reachable without required root arguments, through real rows (a connection's nodes).
    if (root.args.some((a) => isNonNullType(a.type)) || !isConnection(root)) continue;
    const node = nodeTypeOf(root);
    for (const nested of Object.values(node?.getFields() ?? {})) if (nested.args.length) out.push({ root, nested });
  }
  return out;
}

type Transport = "post-variables" | "post-literals" | "get-variables" | "get-literals";

interface Request {
  target: string;
  transport: Transport;
  query: string;
  variables: Record<string, unknown>;
}

const selection = (f: GraphQLField<unknown, unknown>) => (isCompositeType(getNamedType(f.type)) ? " { __typename }" : "");

function request(target: Target, values: Record<string, unknown>, transport: Transport): Request {
  const field = target.nested ?? target.root;
  const literal = transport.endsWith("literals");
  const defs: string[] = [];
  const variables: Record<string, unknown> = {};
  const args = field.args
    .filter((a: GraphQLArgument) => a.name in values)
    .map((a: GraphQLArgument, i: number) => {
      if (literal) return `${a.name}: ${toLiteral(values[a.name])}`;
      defs.push(`$v${i}: ${String(a.type)}`);
      variables[`v${i}`] = values[a.name];
      return `${a.name}: $v${i}`;
    });
  const call = `${field.name}${args.length ? `(${args.join(", ")})` : ""}${selection(field)}`;
  const body = target.nested
    ? `${target.root.name}(first: 2) { edges { node { ${call} } } }`
    : call;
  return {
    target: target.nested ? `${target.root.name}.${target.nested.name}` : target.root.name,
    transport,
    query: `query${defs.length ? `(${defs.join(", ")})` : ""} { ${body} }`,
    variables,
  };
}

function arbitraryRequest(schema: GraphQLSchema): fc.Arbitrary<Request> {
  const transports = fc.constantFrom<Transport>("post-variables", "post-literals", "get-variables", "get-literals");
  return fc.constantFrom(...targetsOf(schema)).chain((target) => {
    const field = target.nested ?? target.root;
    const argValues = Object.fromEntries(
      field.args.map((a) => [
        a.name,
        fc.oneof({ arbitrary: a.name === "after" || a.name === "before" ? cursor : typed(schema, a.type), weight: 3 }, { arbitrary: hostile, weight: 2 }),
      ]),
    );
    const values = fc.record(argValues, { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) });
    return fc.tuple(values, transports).map(([v, t]) => request(target, v, t));
  });
}

async function send(base: string, r: Request): Promise<{ status: number; text: string }> {
  const headers = { accept: "application/graphql-response+json", "graphql-client-name": "property-test" };
  const variables = `{${Object.entries(r.variables).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(",")}}`;
  const res = r.transport.startsWith("get")
    ? await fetch(`${base}/graphql?${new URLSearchParams({ query: r.query, ...(Object.keys(r.variables).length ? { variables } : {}) })}`, { headers })
    : await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: `{"query":${JSON.stringify(r.query)},"variables":${variables}}`,
      });
  return { status: res.status, text: await res.text() };
}

const CLIENT_ERRORS = new Set(["BAD_USER_INPUT", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "QUERY_TOO_COMPLEX", "BAD_REQUEST"]);

/** Why an answer breaks the property, or null. */
function violation(status: number, text: string): string | null {
  if (status >= 500) return `HTTP ${status}: ${text.slice(0, 300)}`;
  let body: { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = JSON.parse(text);
  } catch {
    // Node's own 4xx answers (431 header too large ...) are not GraphQL responses.
    return status >= 400 ? null : `not JSON (${status}): ${text.slice(0, 200)}`;
  }
  for (const e of body.errors ?? []) {
    const code = e.extensions?.code;
    if (!code) return `an error without extensions.code: ${e.message.slice(0, 300)}`;
    if (code === "INTERNAL_SERVER_ERROR" || /Unexpected error/.test(e.message)) return `masked internal error: ${e.message.slice(0, 300)}`;
  }
  // Bad input is the client's fault: with application/graphql-response+json it answers 4xx, never 200 or 5xx.
  if (body.errors?.some((e) => CLIENT_ERRORS.has(e.extensions!.code!)) && (status < 400 || status >= 500))
    return `a client error answered ${status}: ${text.slice(0, 300)}`;
  return null;
}

describe.each(await availableProviders())("hostile input on %s (property)", (provider: ProviderName) => {
  let t: TestDb;
  let server: Instance;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await seededDatabase(provider);
    server = await startInstance(t.db);
    const res = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    schema = buildClientSchema(((await res.json()) as { data: never }).data);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  it("every target is covered: each root field and the arguments of fields one level down", () => {
    const targets = targetsOf(schema);
    const roots = new Set(targets.map((x) => x.root.name));
    expect(roots.size).toBe(Object.keys(schema.getQueryType()!.getFields()).length);
    expect(targets.some((x) => x.root.name === "organizations" && x.nested?.name === "cooperations")).toBe(true);
  });

  it("no 5xx, no masked or code-less error, and the server keeps answering", { timeout: 120_000 }, async () => {
    const seen = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(arbitraryRequest(schema), async (r) => {
        const { status, text } = await send(server.base, r);
        const why = violation(status, text);
        const msg = why && `${r.target} via ${r.transport}: ${why}\nquery: ${r.query.slice(0, 500)}\nvariables: ${toJson(r.variables).slice(0, 500)}`;
        if (!msg) return;
        if (!process.env.PROPERTY_COLLECT) throw new Error(msg);
        const kind = `${r.target}|${why!.replace(/"[^"]*"/g, "Q").replace(/\d+/g, "N").slice(0, 70)}`;
        if (!seen.has(kind)) seen.set(kind, msg);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect([...seen.values()].join("\n\n")).toBe("");
    const alive = await send(server.base, { target: "alive", transport: "post-literals", query: "{ __typename }", variables: {} });
    expect(alive).toMatchObject({ status: 200, text: '{"data":{"__typename":"Query"}}' });
  });
});
