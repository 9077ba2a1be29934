import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, waitForStarter, type ExtensionSession, type LaunchOptions } from './extension';

/**
 * A structure's policy for the e2e tests, as an administrator installs it on Linux: a JSON file in
 * Chromium's managed-policy directory (Debian's /etc/chromium/policies/managed/, read at start and
 * watched for changes). Chrome keys an extension's policy by its id; the unpacked build's id is
 * derived from its absolute path (no manifest `key`, so the store assigns the published one), so
 * the file applies to this worktree's build only — other checkouts on the machine are untouched.
 */
export const CHROMIUM_POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Chromium's id of an unpacked extension: SHA-256 of its real path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface PolicyFile {
  path: string;
  write(policy: unknown): void;
  remove(): void;
}

/** One policy file for one extension id; removed by `remove()`, and at the latest when the process exits. */
export function chromiumPolicyFile(extensionId: string): PolicyFile {
  const path = join(CHROMIUM_POLICY_DIR, `repere-e2e-${extensionId}.json`);
  const remove = () => rmSync(path, { force: true });
  process.once('exit', remove);
  return {
    path,
    write(policy) {
      mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
      writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
    },
    remove,
  };
}

/**
 * This build started in a fresh profile under `policy`, its starter stored; the policy file is
 * removed if the start fails (a file left behind would apply to the next spec's browser).
 */
export async function launchUnderPolicy(policy: unknown, options: LaunchOptions = {}): Promise<{ session: ExtensionSession; policyFile: PolicyFile }> {
  const id = unpackedExtensionId(EXTENSION_DIR);
  const policyFile = chromiumPolicyFile(id);
  policyFile.write(policy);
  try {
    const session = await launchExtension(options);
    if (session.extensionId !== id) throw new Error(`the build's id is ${session.extensionId}, the policy was written for ${id}`);
    await waitForStarter(session);
    return { session, policyFile };
  } catch (error) {
    policyFile.remove();
    throw error;
  }
}
