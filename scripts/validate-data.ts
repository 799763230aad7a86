// Validates data/ without touching a database: `npm run data:check`. Exit code 1 and one line per problem.
import { readDataset, DataErrors } from "../src/data/read.js";
import { COUNTRY_CODES } from "../src/data/countries.js";

try {
  const ds = readDataset(new URL("../data", import.meta.url).pathname, COUNTRY_CODES);
  const counts = Object.entries(ds)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${k}: ${(v as unknown[]).length}`);
  console.log(`data/ is valid. ${counts.join(", ")}`);
} catch (e) {
  if (e instanceof DataErrors) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
