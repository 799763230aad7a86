// The API server as the benchmark runs it: `npm start`'s server (src/http/serve.ts) plus the statement counter
// (an x-sql-statements response header), which is benchmark-only and so is not part of the product.
import { loadConfig } from "../../src/config.js";
import { serve } from "../../src/http/serve.js";
import { useStatementCounter } from "./statement-counter.js";

serve(loadConfig(), { plugins: (db) => [useStatementCounter(db)] }).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
