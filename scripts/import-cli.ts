// `npm run validate -- file.csv [more files]`: the import preview's report, for the person who
// maintains the team's directory. `npm run convert -- file.csv > annuaire.json`: the same file as
// data·inclusion JSON, ready to publish for subscriptions. The report goes to stderr for convert.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDirectoryFiles, formatImportReport, summarizeImport, toDataInclusion } from '../lib/import';

const [command, ...paths] = process.argv.slice(2);
const usage = 'Usage : npm run validate -- fichier.csv   |   npm run convert -- fichier.csv > annuaire.json';

if ((command !== 'validate' && command !== 'convert') || paths.length === 0) {
  console.error(usage);
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
const result = parseDirectoryFiles(files);
const summary = summarizeImport(result);
const report = formatImportReport(result, files.map((f) => f.name).join(' + '));

if (command === 'validate') {
  console.log(report);
  // 0: everything valid; 1: some records rejected; 2: nothing usable.
  process.exit(summary.partners === 0 ? 2 : summary.rejected > 0 ? 1 : 0);
} else {
  console.error(report);
  if (summary.partners === 0) process.exit(2);
  process.stdout.write(`${JSON.stringify(toDataInclusion(result.partners), null, 2)}\n`);
}
