// GraphiQL offline, in headless Chromium: the real HTTP server (node:http over src/http/yoga.ts) on a free port,
// a seeded temp SQLite database, and a browser that may reach nothing but that server. Every request to another
// origin is aborted and recorded; the test asserts none was even attempted, that the page's strict CSP was never
// violated, and that GraphiQL runs a query typed into its editor and shows the answer.
// Chromium: /usr/bin/chromium or CHROMIUM_PATH; without it the test is skipped, unless REQUIRE_SERVICES=1 (CI).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/http/yoga.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { CHROMIUM, CHROMIUM_ARGS, haveChromium, SHOTS } from "../helpers/browser.js";
import { gql, testServer } from "../helpers/http.js";


const QUERY = '{ organization(slug: "europol") { name } }';

describe.skipIf(!haveChromium)("GraphiQL with no network but this server", () => {
  let t: TestDb;
  let server: Server;
  let base: string;
  let profile: string;
  let context: BrowserContext;
  const local = (url: string) => {
    const u = new URL(url);
    // data: and blob: stay in the page; only http(s) and ws(s) leave it.
    return !/^(https?|wss?):$/.test(u.protocol) || u.origin === base;
  };
  const elsewhere: string[] = [];
  const served: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), "policing-graph-chromium-"));
    mkdirSync(SHOTS, { recursive: true });
    t = await seededDatabase("sqlite");
    server = createHttpServer(createServer({ db: t.db, logging: false, webDist: false }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(30_000);
    // Closed network: anything not for this server is aborted (and recorded), including workers' requests.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (local(url)) {
        served.push(url);
        return route.continue();
      }
      elsewhere.push(url);
      return route.abort("internetdisconnected");
    });
    context.on("request", (r) => {
      if (!local(r.url())) elsewhere.push(r.url());
    });
    context.on("page", (p) => p.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text())));
    // Runs before any page script and outside the page's CSP: collects every violation the page reports.
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await t?.drop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("loads from this server alone, runs a query typed into the editor and shows the answer", async () => {
    const expected = await gql<{ organization: { name: string } }>(testServer(t.db), t.db, QUERY);
    const name = expected.data!.organization.name;

    const page = await context.newPage();
    const response = await page.goto(`${base}/graphql`);
    expect(response!.status()).toBe(200);
    const csp = new Map(
      response!
        .headers()
        ["content-security-policy"].split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(" ")]),
    );
    // Scripts from this server only, none inline or evaluated; no directive names another origin.
    expect(csp.get("script-src")).toBe("'self'");
    expect(csp.get("default-src")).toBe("'none'");
    for (const v of csp.values()) expect(v).not.toMatch(/https?:|\*|unsafe-eval/);

    // The query editor (Monaco) is up once its workers answered; replace its text with ours.
    const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    // insertText: no key events, so Monaco's bracket auto-closing does not double the braces.
    await page.keyboard.insertText(QUERY);
    await page.getByRole("button", { name: /Execute query/ }).click();

    const result = page.locator(".graphiql-response");
    await expect.poll(async () => (await result.textContent())?.replace(/\s+/g, " ") ?? "", { timeout: 30_000 }).toContain(`"name": "${name}"`);
    await page.screenshot({ path: join(SHOTS, "graphiql-offline.png") });

    // Its own assets came from this server: the page, script, style and the three Monaco workers.
    const assets = served.map((u) => new URL(u).pathname).filter((p) => p.startsWith("/graphiql/"));
    for (const file of ["graphiql.js", "graphiql.css", "editor.worker.js", "graphql.worker.js"]) expect(assets.some((p) => p.endsWith(`/${file}`)), file).toBe(true);
    expect(elsewhere).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
    await page.close();
  });
});
