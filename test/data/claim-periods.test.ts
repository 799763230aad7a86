// Superseded values keep their end (issue 14): `npm run data:check` (readDataset) refuses two claims of one
// property whose periods overlap unless one is in a dispute, and accepts a value that ends in the period its
// successor begins in. Checked on a copy of the real data with one record changed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../../src/data/bootstrap.js";
import { COUNTRY_CODES } from "../../src/data/countries.js";
import { DataErrors, readDataset } from "../../src/data/read.js";

/** The data with `edit` applied to the organizations file; the DataErrors message, or null when it is valid. */
function checkWith(edit: (yaml: string) => string): string | null {
  const dir = mkdtempSync(join(tmpdir(), "claims-"));
  try {
    cpSync(DATA_DIR, dir, { recursive: true });
    const f = join(dir, "organizations", "organizations.yaml");
    const before = readFileSync(f, "utf8");
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(f, after);
    readDataset(dir, COUNTRY_CODES);
    return null;
  } catch (e) {
    if (e instanceof DataErrors) return e.message;
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("claim periods", () => {
  it("the curated data passes", () => {
    expect(() => readDataset(DATA_DIR, COUNTRY_CODES)).not.toThrow();
  });

  it("refuses INTERPOL's 2018 count of 194 without its end: it would overlap 195 from Nov 2021", () => {
    const message = checkWith((y) => y.replace("      validFrom: 2018\n      validTo: 2021-11\n", "      validFrom: 2018\n"));
    expect(message).toMatch(/record 'interpol', field 'claims\.\d+': overlaps claims\.\d+ of 'memberCount' \(2021-11–2023-11-27 and 2018–…\)/);
    // Only that pair: 192 ends in 2018, where 194 begins.
    expect(message).toMatch(/^1 error/);
  });

  it("refuses two undated values of one property unless they are marked as a dispute", () => {
    const message = checkWith((y) => y.replace("    - property: staff\n      value: 2500\n      unit: staff (approx.)\n      dispute: osce-staff\n", "    - property: staff\n      value: 2500\n      unit: staff (approx.)\n"));
    // One side of the OSCE's two staff figures is still in the dispute: accepted.
    expect(message).toBeNull();
    const both = checkWith((y) => y.replaceAll("      dispute: osce-staff\n", ""));
    expect(both).toMatch(/record 'osce', field 'claims\.\d+': overlaps claims\.\d+ of 'staff' \(…–… and …–…\)/);
  });

  it("accepts a value ending in the period its successor begins in, not one ending after it", () => {
    // The curated data has 190 (Oct 2011–2017) then 192 (2017–2018): a succession. Starting 192 in 2016 overlaps.
    const early = checkWith((y) => y.replace("      value: 192\n      unit: member countries\n      validFrom: 2017\n", "      value: 192\n      unit: member countries\n      validFrom: 2016\n"));
    expect(early).toMatch(/record 'interpol', field 'claims\.\d+': overlaps claims\.\d+ of 'memberCount' \(2016–2018 and 2011-10–2017\)/);
    const late = checkWith((y) => y.replace("      validFrom: 2011\n      validTo: 2019\n", "      validFrom: 2011\n      validTo: 2020\n"));
    expect(late).toMatch(/record 'interpol', field 'claims\.\d+': overlaps claims\.\d+ of 'staff' \(2011–2020 and 2019–…\)/);
  });

  it("refuses a dispute id that is not kebab-case", () => {
    const message = checkWith((y) => y.replace("dispute: osce-staff", "dispute: OSCE staff"));
    expect(message).toMatch(/'osce'.*dispute.*kebab-case/);
  });
});

describe("facts of a citation", () => {
  it("refuses a citation's facts that are not the record's", () => {
    const message = checkWith((y) => y.replace("  sources: [africanlii-afripol, afripol-site]\n", "  sources: [{ source: africanlii-afripol, facts: [F097] }, { source: afripol-site, facts: [F999] }]\n"));
    expect(message).toMatch(/record 'afripol', field 'sources\.1\.facts': F999 is not one of the record's facts/);
    expect(message).toMatch(/^1 error/);
  });
});
