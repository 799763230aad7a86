// API keys: who may curate. Reads are public; mutations need a key of role CURATOR or ADMIN (see builder.ts,
// scope-auth). A key is sent as `Authorization: Bearer pgk_<secret>` or `x-api-key: pgk_<secret>`.
//
// Only the SHA-256 of a key is stored, with its first 8 characters (for listing and lookup); the key itself is
// printed once, by `policing-graph keys create`. Verification finds the candidates by prefix and compares hashes
// in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Db } from "../store/db.js";

export const ROLES = ["READER", "CURATOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  keyName: string;
  role: Role;
}

export const KEY_PREFIX = "pgk_";
const PREFIX_LENGTH = 8;
/** lastUsedAt is refreshed at most this often, so a busy key does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export class KeyError extends Error {
  override name = "KeyError";
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function generateSecret(): string {
  return KEY_PREFIX + randomBytes(24).toString("base64url");
}

export function parseRole(value: string): Role {
  const role = value.toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new KeyError(`unknown role '${value}' (expected reader, curator or admin)`);
  return role as Role;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** Creates a key; returns the secret, which is not stored and cannot be shown again. */
export async function createKey(prisma: Db, name: string, role: Role): Promise<{ name: string; role: Role; secret: string; prefix: string }> {
  if (!NAME.test(name)) throw new KeyError(`invalid key name '${name}': 1-64 letters, digits, '.', '_', '@' or '-'`);
  if (await prisma.apiKey.findUnique({ where: { name } })) throw new KeyError(`a key named '${name}' already exists`);
  const secret = generateSecret();
  const prefix = secret.slice(0, PREFIX_LENGTH);
  await prisma.apiKey.create({ data: { name, role, hash: hashSecret(secret), prefix } });
  return { name, role, secret, prefix };
}

export async function listKeys(prisma: Db) {
  return prisma.apiKey.findMany({
    select: { name: true, role: true, prefix: true, createdAt: true, revokedAt: true, lastUsedAt: true },
    orderBy: { name: "asc" },
  });
}

/** Revokes a key by name; false if there is no such (unrevoked) key. */
export async function revokeKey(prisma: Db, name: string): Promise<boolean> {
  const { count } = await prisma.apiKey.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}

// Secrets that did not verify, by hash, so a client repeating a bad key costs no lookup. Only negative answers are
// kept: a secret is random, so one that matched no key never will (keys get new secrets), while a revocation must
// take effect at once. Bounded (oldest dropped first) and short-lived, so it cannot grow with an attacker's keys.
const INVALID_CACHE_SIZE = 10_000;
const INVALID_CACHE_MS = 60_000;
// Per database handle: a process may serve several databases (tests, tools), and a secret is only invalid in one.
const invalidByDb = new WeakMap<Db, Map<string, number>>();

function knownInvalid(invalidSecrets: Map<string, number>, hash: string): boolean {
  const at = invalidSecrets.get(hash);
  if (at === undefined) return false;
  if (Date.now() - at < INVALID_CACHE_MS) return true;
  invalidSecrets.delete(hash);
  return false;
}

function rememberInvalid(invalidSecrets: Map<string, number>, hash: string): void {
  invalidSecrets.delete(hash);
  invalidSecrets.set(hash, Date.now());
  if (invalidSecrets.size > INVALID_CACHE_SIZE) invalidSecrets.delete(invalidSecrets.keys().next().value!);
}

/** The key a secret belongs to, if it is valid and not revoked; null otherwise. */
export async function verifyKey(prisma: Db, secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(KEY_PREFIX) || secret.length < PREFIX_LENGTH + 8 || secret.length > 200) return null;
  const hex = hashSecret(secret);
  let invalid = invalidByDb.get(prisma);
  if (!invalid) invalidByDb.set(prisma, (invalid = new Map()));
  if (knownInvalid(invalid, hex)) return null;
  const viewer = await lookUpKey(prisma, secret, hex);
  if (!viewer) rememberInvalid(invalid, hex);
  return viewer;
}

async function lookUpKey(prisma: Db, secret: string, hex: string): Promise<Viewer | null> {
  const hash = Buffer.from(hex, "hex");
  const candidates = await prisma.apiKey.findMany({ where: { prefix: secret.slice(0, PREFIX_LENGTH) } });
  const key = candidates.find((k) => {
    const stored = Buffer.from(k.hash, "hex");
    return stored.length === hash.length && timingSafeEqual(stored, hash);
  });
  if (!key || key.revokedAt) return null;
  const now = Date.now();
  if (!key.lastUsedAt || now - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date(now) } }).catch(() => undefined);
  return { keyName: key.name, role: key.role as Role };
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

/** The secret a request carries, if any: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
export function secretOf(request: Request | undefined): string | null {
  if (!request) return null;
  const auth = request.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (!m) throw unauthenticated("Malformed Authorization header: expected 'Bearer pgk_...'");
    return m[1];
  }
  return request.headers.get("x-api-key")?.trim() || null;
}

/**
 * The viewer of a request: null without a key (reads are public). A key that is given but unknown, malformed or
 * revoked is refused on every operation, reads included, so a client never silently runs without its rights.
 */
export async function viewerOf(prisma: Db, request: Request | undefined): Promise<Viewer | null> {
  const secret = secretOf(request);
  if (secret == null) return null;
  const viewer = await verifiedKeyOf(prisma, request!, secret);
  if (!viewer) throw unauthenticated("Invalid or revoked API key");
  return viewer;
}

// One verification per request: the HTTP layer verifies the key first (to know whom to rate-limit), the context
// reuses its answer.
const verified = new WeakMap<Request, Promise<Viewer | null>>();

/** The key a request's secret belongs to (null: invalid or revoked), verified at most once per request. */
export function verifiedKeyOf(prisma: Db, request: Request, secret: string): Promise<Viewer | null> {
  let v = verified.get(request);
  if (!v) {
    v = verifyKey(prisma, secret);
    verified.set(request, v);
  }
  return v;
}
