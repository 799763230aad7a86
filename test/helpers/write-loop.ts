// A client that writes in a loop and prints "ack <n>" after each write committed (entity + claim in one
// transaction). faults.test.ts kills it with SIGKILL mid-way and checks what the database kept.
import { createDb } from "../../src/store/db.js";

const [url, tag] = process.argv.slice(2);
const db = createDb(url);
for (let i = 0; ; i++) {
  const slug = `${tag}-${i}`;
  await db.prisma.$transaction(async (tx) => {
    const e = await tx.entity.create({ data: { kind: "TOPIC", slug, name: `Loop write ${i}`, category: "SOVEREIGNTY" } });
    await tx.claim.create({ data: { entityId: e.id, property: "loop", value: String(i), key: `loop:${slug}` } });
  });
  process.stdout.write(`ack ${i}\n`);
}
