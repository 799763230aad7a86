// The state of a service this instance depends on (PostgreSQL, Redis), and what the logs say about it: one line
// when it goes away (with the cause), a reminder at most every `reminderMs` while it stays away (with how many
// failures since the last line), one line when it is back (with how long it was away). Logging each failure
// instead wrote 3,588 error lines for a 20 s database outage under load, burying everything else.
//
// While the service is down an optional probe runs every `probeIntervalMs` (timer unref'd, so it never keeps a
// process alive): it notices the return without waiting for traffic, and for Redis it is the half-open state
// of the circuit (src/store/redis.ts).
import type { Logger } from "../log.js";

export type HealthState = "up" | "down";

export interface HealthOptions {
  /** Name in log lines and fields: "PostgreSQL", "Redis". */
  service: string;
  logger: Logger;
  /** Level of the "down" line and its reminders (a database outage is an error, a Redis one a warning). */
  level?: "error" | "warn";
  /** Shortest gap between two "still unavailable" reminders, in ms. */
  reminderMs?: number;
  /** What the instance does meanwhile, appended to the "down" line. */
  downMessage?: string;
  /** Appended to the "up" line. */
  upMessage?: string;
  /** While down: resolves when the service answers again (then the state turns up), rejects otherwise. */
  probe?: () => Promise<void>;
  probeIntervalMs?: number;
}

interface Outage {
  since: number;
  cause: string;
  /** Failures since the outage began, and since the last line about it. */
  failures: number;
  unreported: number;
  lastLine: number;
}

/** The message of an error (or of what it wraps), for a log field: never a stack. */
export function causeOf(error: unknown): string {
  let e: unknown = error;
  for (let i = 0; i < 4 && e && typeof e === "object"; i++) {
    const m = (e as { message?: unknown }).message;
    if (typeof m === "string" && m) return m.slice(0, 300);
    e = (e as { cause?: unknown; originalError?: unknown }).cause ?? (e as { originalError?: unknown }).originalError;
  }
  return String(error).slice(0, 300);
}

export class ServiceHealth {
  private outage: Outage | null = null;
  private timer: NodeJS.Timeout | null = null;
  private probing = false;
  private closed = false;
  /** Replaced by the server's logger when the handle was made without one (src/http/yoga.ts). */
  logger: Logger;
  /** True while `logger` is the placeholder the handle was made with. */
  defaultLogger: boolean;

  constructor(
    private readonly opts: HealthOptions,
    defaultLogger = false,
  ) {
    this.logger = opts.logger;
    this.defaultLogger = defaultLogger;
  }

  get service(): string {
    return this.opts.service;
  }

  state(): HealthState {
    return this.outage ? "down" : "up";
  }

  isUp(): boolean {
    return this.outage === null;
  }

  /** Milliseconds since the service went away (0 when up). */
  downForMs(): number {
    return this.outage ? Date.now() - this.outage.since : 0;
  }

  /** Something that needed the service failed because it could not be reached. */
  failed(cause: unknown): void {
    if (this.closed) return;
    const now = Date.now();
    const text = causeOf(cause);
    const o = this.outage;
    if (!o) {
      this.outage = { since: now, cause: text, failures: 1, unreported: 0, lastLine: now };
      const { service, downMessage } = this.opts;
      this.logger[this.opts.level ?? "warn"]({ service, state: "down", cause: text }, `${service} unavailable${downMessage ? `: ${downMessage}` : ""}`);
      this.schedule();
      return;
    }
    o.failures++;
    o.unreported++;
    o.cause = text;
    this.remind(now);
  }

  /** The service answered. */
  succeeded(): void {
    const o = this.outage;
    if (!o) return;
    this.outage = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const downForMs = Date.now() - o.since;
    const { service, upMessage } = this.opts;
    this.logger.info(
      { service, state: "up", downForMs, failures: o.failures },
      `${service} available again after ${(downForMs / 1000).toFixed(1)} s${upMessage ? `: ${upMessage}` : ""}`,
    );
  }

  /** Stops the probe; nothing is logged afterwards (the handle is being closed). */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private remind(now: number): void {
    const o = this.outage;
    if (!o || now - o.lastLine < (this.opts.reminderMs ?? 30_000)) return;
    const { service } = this.opts;
    this.logger[this.opts.level ?? "warn"](
      { service, state: "down", cause: o.cause, downForMs: now - o.since, failures: o.unreported },
      `${service} still unavailable after ${((now - o.since) / 1000).toFixed(0)} s`,
    );
    o.lastLine = now;
    o.unreported = 0;
  }

  private schedule(): void {
    const { probe } = this.opts;
    if (!probe || this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.outage || this.closed) return;
      if (this.probing) return this.schedule();
      this.probing = true;
      probe().then(
        () => {
          this.probing = false;
          if (!this.closed) this.succeeded();
        },
        (e: unknown) => {
          this.probing = false;
          if (!this.outage || this.closed) return;
          this.outage.cause = causeOf(e);
          this.remind(Date.now());
          this.schedule();
        },
      );
    }, this.opts.probeIntervalMs ?? 1000);
    this.timer.unref();
  }
}
