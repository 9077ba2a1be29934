// What `npm test` needs on the machine besides node_modules, checked before anything runs:
// a fresh machine without chromium-l10n otherwise gets dozens of failing French assertions
// and no hint why. Prints the one `apt-get install` line for what is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Each prerequisite: what it is for, how to tell it is there, the Debian package that brings it. */
export const PREREQUISITES = [
  { what: 'Chromium (end-to-end tests)', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') || onPath('chromium'), pkg: 'chromium' },
  { what: 'la traduction française de Chromium (/usr/lib/chromium/locales/fr.pak)', present: () => existsSync('/usr/lib/chromium/locales/fr.pak'), pkg: 'chromium-l10n' },
  { what: 'Firefox ESR (tests Firefox)', present: () => existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'), pkg: 'firefox-esr' },
  {
    what: 'le module de langue français de Firefox ESR',
    present: () => existsSync('/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi'),
    pkg: 'firefox-esr-l10n-fr',
  },
  { what: 'openssl (certificat du faux serveur HTTPS de l’API nationale)', present: () => onPath('openssl'), pkg: 'openssl' },
];

/** The prerequisites missing here, and the command that installs them (null when none is missing). */
export function missingPrerequisites(checks = PREREQUISITES) {
  const missing = checks.filter((check) => !check.present());
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  const command = missing.length ? `${sudo}apt-get install -y --no-install-recommends ${[...new Set(missing.map((m) => m.pkg))].join(' ')}` : null;
  return { missing, command };
}

/** Prints what is missing and the install line; returns whether the tests can run. */
export function checkPrerequisites(checks = PREREQUISITES) {
  const { missing, command } = missingPrerequisites(checks);
  if (!command) return true;
  console.error('npm test ne peut pas démarrer : il manque sur cette machine');
  for (const m of missing) console.error(`  - ${m.what} (paquet ${m.pkg})`);
  console.error(`Installez-les avec :\n  ${command}`);
  return false;
}
