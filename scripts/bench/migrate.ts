// Applies pending migrations to a bench database: `node --import tsx scripts/bench/migrate.ts <url>`.
import { migrate } from "../../src/store/migrate.js";
const t0 = performance.now();
console.log(await migrate(process.argv[2]), `${((performance.now() - t0) / 1000).toFixed(1)} s`);
