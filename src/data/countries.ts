// Countries come from a maintained ISO 3166-1 package (world-countries), not a hand-typed list. Kosovo is not in
// ISO 3166-1; the package carries it under the user-assigned code XK, as the EU and the IMF do. Its regions are not
// the UN M49 ones ("Central Europe", "North America"); countries take theirs from data/regions (the M49 table).
import countriesModule, { type Countries } from "world-countries";

// The package ships CommonJS types for an ESM default export; at run time the default import is the array.
const countries = countriesModule as unknown as Countries;

export interface CountryInfo {
  code: string; // ISO 3166-1 alpha-2
  alpha3: string;
  numeric: string;
  name: string;
  officialName: string;
}

export const COUNTRIES: CountryInfo[] = countries
  .map((c) => ({
    code: c.cca2,
    alpha3: c.cca3,
    numeric: c.ccn3,
    name: c.name.common,
    officialName: c.name.official,
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

export const COUNTRY_CODES = new Set(COUNTRIES.map((c) => c.code));
