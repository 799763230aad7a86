// Debian's Chromium for the end-to-end tests, driven by playwright-core (no browser download): where it is, where
// screenshots go, and the flags that keep it from any traffic of its own (this machine's network is closed).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REQUIRE_SERVICES } from "./db.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = join(ROOT, "test-results/screenshots");
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && REQUIRE_SERVICES) throw new Error(`Chromium is required (REQUIRE_SERVICES) but missing at ${CHROMIUM}: apt-get install -y chromium`);

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
];
