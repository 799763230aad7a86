// Starts the HTTP server: `npm start`. Everything it does is in src/http/serve.ts; logs are JSON lines (pino).
import { loadConfig } from "./config.js";
import { serve } from "./http/serve.js";

serve(loadConfig()).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
