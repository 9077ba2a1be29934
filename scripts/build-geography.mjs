#!/usr/bin/env node
// Trims the official French geography (@etalab/decoupage-administratif, Licence Ouverte) to what
// the territory picker needs, as compact JSON shipped in the extension (public/data is not used:
// wxt.config.ts emits it at build time). Run alone to print its size: `node scripts/build-geography.mjs`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function geographySource() {
  const pkg = require.resolve('@etalab/decoupage-administratif/package.json');
  const dir = join(dirname(pkg), 'data');
  const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const { version } = JSON.parse(readFileSync(pkg, 'utf8'));
  return { version, communes: read('communes.json'), departements: read('departements.json'), epci: read('epci.json') };
}

const departementOf = (code) => (/^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2));

/**
 * Rows, not objects, to keep the file small:
 * departements: [code, nom]; epci: [siren, nom];
 * communes: [insee, nom, "postal codes separated by spaces", epci index or -1, parent insee for a
 * Paris/Lyon/Marseille arrondissement] — sorted by population, largest first, so a prefix that
 * matches many names lists the likeliest first. The département is the code's prefix (3 digits overseas).
 */
export function trimGeography({ version, communes, departements, epci }) {
  const epciRows = epci.map((e) => [e.code, e.nom]);
  const epciOf = new Map();
  epci.forEach((e, index) => e.membres.forEach((m) => epciOf.set(m.code, index)));
  const kept = communes.filter((c) => (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal'));
  for (const c of kept) {
    if (departementOf(c.code) !== c.departement) throw new Error(`département of ${c.code} is not its prefix`);
  }
  const rows = kept
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code))
    .map((c) => {
      const row = [c.code, c.nom, (c.codesPostaux ?? []).join(' '), epciOf.get(c.commune ?? c.code) ?? -1];
      if (c.type === 'arrondissement-municipal') row.push(c.commune);
      return row;
    });
  return {
    source: `@etalab/decoupage-administratif ${version} (Licence Ouverte 2.0)`,
    departements: departements.map((d) => [d.code, d.nom]),
    epci: epciRows,
    communes: rows,
  };
}

export function geographyJson() {
  return JSON.stringify(trimGeography(geographySource()));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = geographyJson();
  const { communes, epci, departements } = JSON.parse(json);
  console.log(`geography.json: ${(json.length / 1024).toFixed(0)} KiB — ${communes.length} communes, ${epci.length} EPCI, ${departements.length} départements`);
}
