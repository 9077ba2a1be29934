import { describe, expect, it, vi } from 'vitest';
import { checkPrerequisites, missingPrerequisites, PREREQUISITES } from '../../scripts/test-prerequisites.mjs';

const fake = (present: Record<string, boolean>) => PREREQUISITES.map((p) => ({ ...p, present: () => present[p.pkg] ?? true }));

describe('npm test prerequisites (issue 13)', () => {
  it('names chromium, its French locale, firefox-esr, its French langpack and openssl', () => {
    expect(PREREQUISITES.map((p) => p.pkg)).toEqual(['chromium', 'chromium-l10n', 'firefox-esr', 'firefox-esr-l10n-fr', 'openssl']);
  });

  it('prints the exact apt-get line for what is missing, and says the tests cannot run', () => {
    const checks = fake({ 'chromium-l10n': false, 'firefox-esr-l10n-fr': false });
    expect(missingPrerequisites(checks).command).toMatch(/^(sudo )?apt-get install -y --no-install-recommends chromium-l10n firefox-esr-l10n-fr$/);
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    expect(checkPrerequisites(checks)).toBe(false);
    spy.mockRestore();
    expect(printed.join('\n')).toMatch(/traduction française de Chromium[\s\S]*apt-get install -y --no-install-recommends chromium-l10n firefox-esr-l10n-fr/);
  });

  it('lets the tests run when everything is there', () => {
    expect(missingPrerequisites(fake({})).command).toBeNull();
    expect(checkPrerequisites(fake({}))).toBe(true);
  });
});
