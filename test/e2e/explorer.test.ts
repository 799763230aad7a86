// End to end, in headless Chromium: the web explorer (web/, built here with Vite's JS API into a temp folder)
// served by the real HTTP server (node:http over src/http/yoga.ts) on a free port, against a seeded temp SQLite
// database, in persisted-operations-only mode, so every request the explorer makes is a persisted operation.
// Screenshots go to test-results/screenshots/. Chromium: /usr/bin/chromium (Debian's package; .ci/run installs
// it) or CHROMIUM_PATH; without it the tests are skipped, unless REQUIRE_SERVICES=1 (CI), which fails them.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PathsDocument } from "../../client/generated/graphql.js";
import { createServer } from "../../src/http/yoga.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { CHROMIUM, CHROMIUM_ARGS, haveChromium, ROOT, SHOTS } from "../helpers/browser.js";
import { gql, testServer } from "../helpers/http.js";


describe.skipIf(!haveChromium)("web explorer in headless Chromium", () => {
  let t: TestDb;
  let server: Server;
  let base: string;
  let dist: string;
  let profile: string;
  let context: BrowserContext;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "policing-graph-web-"));
    profile = mkdtempSync(join(tmpdir(), "policing-graph-chromium-"));
    mkdirSync(SHOTS, { recursive: true });
    const { build } = await import("vite");
    const [db] = await Promise.all([
      seededDatabase("sqlite"),
      build({ configFile: join(ROOT, "web/vite.config.ts"), logLevel: "warn", build: { outDir: dist, emptyOutDir: true } }),
    ]);
    t = db;
    const yoga = createServer({ db: t.db, logging: false, persistedOperationsOnly: true, webDist: dist });
    server = createHttpServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(15_000);
    context.on("page", (p) => p.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text())));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await t?.drop();
    for (const d of [dist, profile]) if (d) rmSync(d, { recursive: true, force: true });
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  it("search → Europol → its cooperations with sources → INTERPOL's page", async () => {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel(/Search bodies/).fill("europl");
    const europol = page.locator("#results a", { hasText: "Europol" }).first();
    await europol.waitFor();
    await expect(page.getByRole("status").first().textContent()).resolves.toMatch(/result/);
    await shot(page, "01-search-europl");

    await europol.click();
    await page.waitForURL(/\/entity\//);
    // The page shows "Loading…" until its query answers: wait for the heading rather than read it at once.
    await page.locator("h1", { hasText: /Europol/ }).waitFor();
    const coop = page.locator("section.rel-group", { has: page.getByRole("heading", { name: /Cooperates with/ }) });
    const interpolItem = coop.locator("li.rel", { has: page.getByRole("link", { name: /\(INTERPOL\)$/ }) }).first();
    await interpolItem.waitFor();
    await expect(interpolItem.locator(".sources .source-title").count()).resolves.toBeGreaterThan(0);
    // Claims and the timeline are there too, and the accountability chain of an organization.
    await page.locator("#timeline li").first().waitFor();
    await page.locator("#accountability li").first().waitFor();
    await shot(page, "02-europol");

    await interpolItem.getByRole("link", { name: /\(INTERPOL\)$/ }).click();
    await page.waitForFunction(() => /INTERPOL/.test(document.querySelector("h1")?.textContent ?? ""));
    expect(page.url()).toMatch(/\/entity\//);
    await shot(page, "03-interpol");
    await page.close();
  });

  it("finds the paths from Eurojust to the African Union, step by step with sources", async () => {
    const expected = await gql(testServer(t.db), t.db, PathsDocument, { from: "org:eurojust", to: "org:au", maxHops: 4, k: 3 });
    const first = expected.data!.paths[0];
    expect(first).toBeDefined();

    const page = await context.newPage();
    await page.goto(`${base}/paths`);
    const pick = async (label: string, text: string, option: RegExp) => {
      const input = page.getByRole("combobox", { name: label });
      await input.fill(text);
      await page.getByRole("option", { name: option }).first().waitFor();
      await input.press("Enter");
    };
    await pick("From", "Eurojust", /Eurojust/);
    await pick("To", "African Union", /African Union/);
    await page.getByRole("button", { name: "Find paths" }).click();
    const firstPath = page.locator("ol.paths > li").first();
    await firstPath.waitFor();
    const steps = firstPath.locator("li.step");
    await expect(steps.count()).resolves.toBe(first.length);
    for (const [i, step] of first.steps.entries()) {
      const text = (await steps.nth(i).textContent()) ?? "";
      expect(text).toContain(step.from.acronym && step.from.acronym !== step.from.name ? step.from.acronym : step.from.name);
      expect(text).toContain(step.to.acronym && step.to.acronym !== step.to.name ? step.to.acronym : step.to.name);
    }
    await expect(firstPath.locator(".sources").count()).resolves.toBeGreaterThan(0);
    expect(page.url()).toMatch(/\/paths\?from=.+&to=.+/);
    await shot(page, "04-paths-eurojust-au");
    await page.close();
  });

  it("Europol's seat → the City page of The Hague: its M49 region and the bodies headquartered there", async () => {
    const page = await context.newPage();
    const { data } = await gql<{ organization: { id: string } }>(testServer(t.db), t.db, '{ organization(slug: "europol") { id } }');
    await page.goto(`${base}/entity/${encodeURIComponent(data!.organization.id)}`);
    const seat = page.locator("section.rel-group", { has: page.getByRole("heading", { name: /Headquartered in/ }) });
    await seat.getByRole("link", { name: "The Hague" }).click();
    await page.getByRole("heading", { level: 1, name: "The Hague" }).waitFor();
    await expect(page.locator("dl.place dd").first().textContent()).resolves.toBe("Europe › Western Europe");
    const bodies = page.locator("section.rel-group", { has: page.getByRole("heading", { name: /Headquarters of/ }) });
    await expect(bodies.locator("li.rel").count()).resolves.toBe(3);
    await expect(bodies.getByRole("link", { name: /\(Eurojust\)$/ }).count()).resolves.toBe(1);
    const country = page.locator("section.rel-group", { has: page.getByRole("heading", { name: /Located in/ }) });
    await expect(country.getByRole("link", { name: "Netherlands" }).count()).resolves.toBe(1);
    await shot(page, "07-city-the-hague");
    await page.close();
  });

  it("shows the neighbourhood graph and the cooperation on a crime area", async () => {
    const page = await context.newPage();
    const { data } = await gql<{ organization: { id: string } }>(testServer(t.db), t.db, '{ organization(slug: "europol") { id } }');
    await page.goto(`${base}/graph/${encodeURIComponent(data!.organization.id)}`);
    await page.locator("[data-testid=graph] canvas").first().waitFor();
    await page.locator("#nodes-heading + ul li").first().waitFor();
    await expect(page.locator("#nodes-heading + ul li").count()).resolves.toBeGreaterThan(3);
    await shot(page, "05-graph-europol");

    await page.goto(`${base}/crime/human-trafficking`);
    await page.locator("#actors-heading + ul li").first().waitFor();
    await expect(page.locator("#coops-heading ~ ul li").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("#crime-area").inputValue()).resolves.toBe("human-trafficking");
    await shot(page, "06-crime-human-trafficking");
    await page.close();
  });

  it("fits a phone-sized screen", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${base}/?q=europol`);
    await page.locator("#results a").first().click();
    await page.locator("#relationships li.rel").first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // A direct load of a client route (SPA fallback) works too.
    await page.goto(page.url());
    await page.locator("#relationships li.rel").first().waitFor();
    await shot(page, "07-phone-entity");
    await page.close();
  });

  it("works with the keyboard only: Tab to the search, type, Enter", async () => {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    let focused = "";
    for (let i = 0; i < 10 && focused !== "search"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focused).toBe("search");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.type("europl");
    await page.locator("#results a", { hasText: "Europol" }).first().waitFor();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/entity\//);
    await page.waitForFunction(() => /Europol/.test(document.querySelector("h1")?.textContent ?? ""));
    await shot(page, "08-keyboard");
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
