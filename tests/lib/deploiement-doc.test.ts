import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../lib/managed/policy';
import { resolveTerritory } from '../../lib/managed/apply';
import { GeographySchema } from '../../lib/geography';
import { geographyJson } from '../../scripts/build-geography.mjs';

// docs/deploiement.md is what administrators copy: every example is read back here and checked
// against the schema the browsers get (public/managed-schema.json) and against Repère's own checks.
const root = resolve(__dirname, '../..');
const doc = readFileSync(resolve(root, 'docs/deploiement.md'), 'utf8');
const schema = JSON.parse(readFileSync(resolve(root, 'public/managed-schema.json'), 'utf8'));
const CHROME_ID = 'ID_CHROME_DE_REPERE';
const GECKO_ID = /gecko: \{\s*id: '([^']+)'/.exec(readFileSync(resolve(root, 'wxt.config.ts'), 'utf8'))![1];

/** The fenced block whose info string is `<lang> <name>`. */
function block(lang: string, name: string): string {
  const match = new RegExp('```' + lang + ' ' + name + '\\n([\\s\\S]*?)\\n```').exec(doc);
  if (!match) throw new Error(`no \`\`\`${lang} ${name} block in docs/deploiement.md`);
  return match[1];
}

type JsonSchema = { type: string; properties?: Record<string, JsonSchema>; items?: JsonSchema };

/** The subset of JSON Schema Chrome's managed storage uses (type, properties, items): the errors, by path. */
function schemaErrors(s: JsonSchema, value: unknown, path = '$'): string[] {
  const typeOf = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (typeOf !== s.type) return [`${path}: ${s.type} expected, got ${typeOf}`];
  if (s.type === 'array') return (value as unknown[]).flatMap((item, i) => schemaErrors(s.items!, item, `${path}[${i}]`));
  if (s.type === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      s.properties?.[key] ? schemaErrors(s.properties[key], item, `${path}.${key}`) : [`${path}.${key}: not in the schema`],
    );
  }
  return [];
}

function expectValidPolicy(policy: unknown) {
  expect(schemaErrors(schema, policy)).toEqual([]);
  const parsed = parsePolicy(policy);
  expect(parsed.problems).toEqual([]);
  expect(parsed.policy.territory.length + parsed.policy.subscriptions.length + parsed.policy.caseSites.length).toBeGreaterThan(0);
  // The codes exist in the geography the extension ships.
  expect(resolveTerritory(GeographySchema.parse(JSON.parse(geographyJson())), parsed.policy.territory).problems).toEqual([]);
  return parsed.policy;
}

/** A `.reg` file as Chrome reads it: keys under `…\policy`, REG_SZ JSON for lists, DWORD for booleans. */
function policyFromRegistry(text: string): unknown {
  const policy: Record<string, unknown> = {};
  let target: Record<string, unknown> | undefined;
  let schemaAt: JsonSchema | undefined;
  expect(text.startsWith('Windows Registry Editor Version 5.00\n')).toBe(true);
  for (const line of text.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const key = /^\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\([^\\]+)\\policy((?:\\[^\\\]]+)*)\]$/.exec(line);
    if (key) {
      expect(key[1]).toBe(CHROME_ID);
      target = policy;
      schemaAt = schema;
      for (const part of key[2].split('\\').filter(Boolean)) {
        target = (target[part] ??= {}) as Record<string, unknown>;
        schemaAt = schemaAt!.properties![part];
      }
      continue;
    }
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !target || !schemaAt) throw new Error(`unreadable registry line: ${line}`);
    const [, name, text, dword] = value;
    const expected = schemaAt.properties?.[name]?.type;
    if (dword !== undefined) target[name] = expected === 'boolean' ? parseInt(dword, 16) !== 0 : parseInt(dword, 16);
    else {
      const unescaped = text.replace(/\\(.)/g, '$1');
      target[name] = expected === 'array' || expected === 'object' ? JSON.parse(unescaped) : unescaped;
    }
  }
  return policy;
}

describe('docs/deploiement.md, as administrators copy it', () => {
  it('documents every setting of the schema', () => {
    for (const key of Object.keys(schema.properties)) expect(doc).toContain(`| \`${key}\` |`);
    for (const key of Object.keys(schema.properties.locked.properties)) expect(doc).toContain(`\`locked.${key}\``);
    expect(doc).toContain(GECKO_ID);
  });

  it('the Linux Chrome/Chromium policy file is valid', () => {
    const file = JSON.parse(block('json', 'linux-chrome'));
    expect(Object.keys(file['3rdparty'].extensions)).toEqual([CHROME_ID]);
    expect(file.ExtensionInstallForcelist[0]).toMatch(new RegExp(`^${CHROME_ID};https://`));
    expect(expectValidPolicy(file['3rdparty'].extensions[CHROME_ID]).locked).toEqual({ territory: true, subscriptions: true, caseSites: false });
  });

  it('the Windows registry file gives Chrome the same policy', () => {
    const fromRegistry = policyFromRegistry(block('reg', 'windows'));
    expectValidPolicy(fromRegistry);
    expect(fromRegistry).toEqual(JSON.parse(block('json', 'linux-chrome'))['3rdparty'].extensions[CHROME_ID]);
  });

  it('the Intune script holds the same policy and writes it where Chrome reads it', () => {
    const script = block('powershell', 'intune');
    const json = /\$policy = @'\n([\s\S]*?)\n'@/.exec(script)![1];
    expect(expectValidPolicy(JSON.parse(json))).toEqual(parsePolicy(JSON.parse(block('json', 'linux-chrome'))['3rdparty'].extensions[CHROME_ID]).policy);
    expect(script).toContain(`HKLM:\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`);
  });

  it('the Firefox policies.json is keyed by the real gecko id', () => {
    const file = JSON.parse(block('json', 'firefox'));
    expect(Object.keys(file.policies['3rdparty'].Extensions)).toEqual([GECKO_ID]);
    expect(Object.keys(file.policies.ExtensionSettings)).toEqual([GECKO_ID]);
    expectValidPolicy(file.policies['3rdparty'].Extensions[GECKO_ID]);
  });

  it('the schema check finds a wrong type, as Chrome does', () => {
    expect(schemaErrors(schema, { territory: '34', locked: { territory: 'oui' }, theme: 1 })).toEqual([
      '$.territory: array expected, got string',
      '$.locked.territory: boolean expected, got string',
      '$.theme: not in the schema',
    ]);
  });
});
