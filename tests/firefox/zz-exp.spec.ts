import { it } from 'vitest';
import { writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox } from './support/firefox';
it('exp', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pol-'));
  const file = join(dir, 'policies.json');
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { 'repere@repere-insertion.fr': { territory: ['34301'], locked: { territory: true } } } } } }));
  const s = await launchFirefox({ prefs: { 'browser.policies.alternatePath': file, 'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true } });
  const page = await s.openPage('options.html');
  console.log('RESULT', await page.evaluate(() => (globalThis as any).browser.storage.managed.get(null).then((v: unknown) => JSON.stringify(v), (e: Error) => 'ERR ' + e.message)));
  await s.close();
  rmSync(dir, { recursive: true });
}, 90000);
