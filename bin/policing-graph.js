#!/usr/bin/env node
// Launcher of the `policing-graph` command: registers tsx's loader in this process and runs src/cli.ts here (no
// build step). One process on purpose: a child process would outlive a launcher killed with SIGKILL (which cannot
// be forwarded) and go on writing, e.g. commit an import its user believed stopped. In one process, killing the
// command kills the work, and an open transaction is rolled back by the database.
import { register } from "tsx/esm/api";

register();
await import(new URL("../src/cli.ts", import.meta.url).href);
