// Who a request is, for every limit that is counted per client: the API key when it verified, else the client
// address. A key that is sent but does not verify never becomes an identity of its own (a random key per request
// would get a fresh budget each time): it counts against its address, and an address that keeps sending invalid
// keys has them refused unchecked (429 TOO_MANY_INVALID_KEYS) until its window resets, so guessing keys costs no
// database lookups. Also the concurrency caps (exports, subscriptions) that hold a slot per client while running.
import { isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import { secretOf, verifiedKeyOf } from "../auth/keys.js";
import type { DbHandle } from "../store/db.js";

export interface ClientIdentity {
  /** `key:<name>` for a verified key, else `ip:<address>`. */
  id: string;
  address: string;
  /** A key was sent and did not verify (or was refused unchecked). */
  invalidKey: boolean;
}

/**
 * The client address. Behind `hops` trusted proxies, each appends the address it received the request from to
 * X-Forwarded-For, so the client is the entry `hops` places from the right end of [...X-Forwarded-For, socket
 * peer]; everything to its left was written by the client and may be forged. Never the leftmost value.
 */
export function clientAddress(request: Request, serverContext: unknown, proxy: { trust: boolean; hops: number }): string {
  const peer = (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket?.remoteAddress ?? "unknown";
  if (!proxy.trust) return peer;
  const forwarded = request.headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!forwarded?.length) return peer;
  const chain = [...forwarded, peer];
  const chosen = chain[Math.max(0, chain.length - 1 - proxy.hops)];
  // A malformed entry (which no proxy of ours writes) must not become a bucket of its own.
  return isIP(chosen) ? chosen : peer;
}

const identities = new WeakMap<Request, ClientIdentity>();

/** The identity resolved for a request by useClientIdentity (an anonymous one when it did not run). */
export function identityOf(request: Request): ClientIdentity {
  return identities.get(request) ?? { id: "ip:unknown", address: "unknown", invalidKey: false };
}

export interface IdentityOptions {
  db: DbHandle;
  proxy: { trust: boolean; hops: number };
  /** Counts invalid keys per address in a window of one minute (a RateLimiter of rate-limit.ts). */
  invalidKeys: {
    perMinute: number;
    hit(client: string): Promise<unknown>;
    peek(client: string): Promise<{ count: number; resetMs: number }>;
  };
}

export type IdentityResult = { identity: ClientIdentity; refused?: { retryAfter: number; limit: number } };

/** Resolves and records a request's identity; `refused` when its address sent too many invalid keys. */
export async function resolveIdentity(request: Request, serverContext: unknown, opts: IdentityOptions): Promise<IdentityResult> {
  const address = clientAddress(request, serverContext, opts.proxy);
  const anonymous: ClientIdentity = { id: `ip:${address}`, address, invalidKey: false };
  let secret: string | null;
  try {
    secret = secretOf(request);
  } catch {
    // Malformed Authorization: the GraphQL context refuses it (UNAUTHENTICATED) without a lookup.
    secret = null;
    anonymous.invalidKey = true;
  }
  if (secret === null) {
    identities.set(request, anonymous);
    return { identity: anonymous };
  }
  const seen = await opts.invalidKeys.peek(`bad:${address}`);
  if (seen.count >= opts.invalidKeys.perMinute) {
    const identity = { ...anonymous, invalidKey: true };
    identities.set(request, identity);
    return { identity, refused: { retryAfter: Math.max(1, Math.ceil(seen.resetMs / 1000)), limit: opts.invalidKeys.perMinute } };
  }
  let viewer;
  try {
    viewer = await verifiedKeyOf(opts.db.prisma, request, secret);
  } catch {
    // The database failed, not the key: no strike against the address; the GraphQL context reports the outage.
    identities.set(request, anonymous);
    return { identity: anonymous };
  }
  if (!viewer) {
    await opts.invalidKeys.hit(`bad:${address}`);
    const identity = { ...anonymous, invalidKey: true };
    identities.set(request, identity);
    return { identity };
  }
  const identity = { id: `key:${viewer.keyName}`, address, invalidKey: false };
  identities.set(request, identity);
  return { identity };
}

/**
 * At most `perClient` slots per client and `total` in all, held while something runs (an export streaming, a
 * subscription open). In this process: the caps protect this instance's database pool and event loop.
 */
export class ConcurrencyGate {
  private byClient = new Map<string, number>();
  private running = 0;
  constructor(
    readonly perClient: number,
    readonly total: number,
  ) {}

  /** A release function (idempotent), or the cap that refused: "client" or "total". */
  acquire(client: string): { release: () => void } | { refused: "client" | "total" } {
    const mine = this.byClient.get(client) ?? 0;
    if (mine >= this.perClient) return { refused: "client" };
    if (this.running >= this.total) return { refused: "total" };
    this.byClient.set(client, mine + 1);
    this.running++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.running--;
        const n = (this.byClient.get(client) ?? 1) - 1;
        if (n > 0) this.byClient.set(client, n);
        else this.byClient.delete(client);
      },
    };
  }

  get inUse(): number {
    return this.running;
  }
}
