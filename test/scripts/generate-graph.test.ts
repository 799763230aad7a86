// The synthetic graph generator (scripts/generate-graph.ts) is deterministic: the same seed and size give the same
// relations (kind, from slug, to slug), a rerun replaces the earlier synthetic graph instead of adding to it, and
// every synthetic relation cites a source. On SQLite, small size.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../scripts/generate-graph.js";

const dir = mkdtempSync(join(tmpdir(), "generate-graph-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fingerprint(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT r."kind", f."slug" AS "from", t."slug" AS "to" FROM "Relation" r
         JOIN "Entity" f ON f."id" = r."fromId" JOIN "Entity" t ON t."id" = r."toId"
         WHERE r."key" LIKE 'synthetic:%' ORDER BY r."id"`,
      )
      .all() as { kind: string; from: string; to: string }[];
    const hash = createHash("sha256");
    for (const r of rows) hash.update(`${r.kind}|${r.from}|${r.to}\n`);
    const uncited = (
      db
        .prepare(`SELECT count(*) AS n FROM "Relation" r WHERE r."key" LIKE 'synthetic:%' AND NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c."relationId" = r."id")`)
        .get() as { n: number }
    ).n;
    const kinds = new Set(rows.map((r) => r.kind));
    return { count: rows.length, checksum: hash.digest("hex"), uncited, kinds };
  } finally {
    db.close();
  }
}

describe("generate-graph", () => {
  const quiet = { progress: false, log: () => {} };

  it("gives the same graph for the same seed, replaces it on a rerun, and another graph for another seed", async () => {
    const a = join(dir, "a.db");
    const b = join(dir, "b.db");
    await generateGraph(`file:${a}`, { relations: 1500, seed: 7, ...quiet });
    await generateGraph(`file:${b}`, { relations: 1500, seed: 7, ...quiet });
    const fa = fingerprint(a);
    const fb = fingerprint(b);
    expect(fa.count).toBe(1500);
    expect(fb.count).toBe(1500);
    expect(fb.checksum).toBe(fa.checksum);
    expect(fa.uncited).toBe(0);
    expect(fa.kinds.has("COOPERATES_WITH") && fa.kinds.has("MEMBER_OF") && fa.kinds.has("HOSTED_IN")).toBe(true);

    // A rerun on the same database removes the earlier synthetic graph first: same count, same graph.
    await generateGraph(`file:${a}`, { relations: 1500, seed: 7, ...quiet });
    expect(fingerprint(a)).toEqual(fa);

    await generateGraph(`file:${b}`, { relations: 1500, seed: 8, ...quiet });
    const other = fingerprint(b);
    expect(other.count).toBe(1500);
    expect(other.checksum).not.toBe(fa.checksum);
  }, 300_000);
});
