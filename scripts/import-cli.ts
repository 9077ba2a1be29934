// `npm run validate -- file.csv [more files]`: the import preview's report, for the person who
// maintains the team's directory. `npm run convert -- file.csv > annuaire.json`: the same file as
// data·inclusion JSON, ready to publish for subscriptions. The report goes to stderr for convert.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDirectoryFiles, formatImportReport, summarizeImport, toDataInclusion, type NamedBytes } from '../lib/import';
import { keepDepartement } from '../lib/import/departement-filter';
import { checkDepartement } from '../lib/import/national-api';

// `--departement 59`: only that département's structures and their services, e.g. out of
// data·inclusion's national open data files (structures.json services.json from data.gouv.fr).
const args = process.argv.slice(2);
const flag = args.indexOf('--departement');
const departement = flag >= 0 ? checkDepartement(args[flag + 1] ?? '') : undefined;
if (flag >= 0) args.splice(flag, 2);
const [command, ...paths] = args;
const usage = 'Usage : npm run validate -- fichier.csv   |   npm run convert -- [--departement 59] fichier.csv > annuaire.json';

if ((command !== 'validate' && command !== 'convert') || paths.length === 0 || (flag >= 0 && !departement)) {
  console.error(flag >= 0 && !departement ? 'Département invalide : saisissez son numéro (59, 2A, 971…).' : usage);
  process.exit(2);
}

const files = [];
for (const path of paths) {
  try {
    files.push({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
  } catch (error) {
    console.error(`Impossible de lire ${path} : ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    process.exit(2);
  }
}
let chosen: NamedBytes[] = files;
if (departement) {
  try {
    chosen = keepDepartement(files, departement);
  } catch (error) {
    console.error(`Lecture impossible des fichiers JSON : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
const result = parseDirectoryFiles(chosen);
const summary = summarizeImport(result);
const report = formatImportReport(result, chosen.map((f) => f.name).join(' + '));

if (command === 'validate') {
  console.log(report);
  // 0: everything valid; 1: some records rejected; 2: nothing usable.
  process.exit(summary.partners === 0 ? 2 : summary.rejected > 0 ? 1 : 0);
} else {
  console.error(report);
  if (summary.partners === 0) process.exit(2);
  process.stdout.write(`${JSON.stringify(toDataInclusion(result.partners), null, 2)}\n`);
}
