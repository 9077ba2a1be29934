import { t } from '../i18n';

/**
 * Case-management sites the counsellor switches Repère on for: one origin each, asked of the
 * browser at run time within `optional_host_permissions` (https, or http on loopback).
 */
export type SiteAddress = { ok: true; origin: string } | { ok: false; error: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** « Adresse du site » as typed (« dossier.exemple.fr », a full link…) → its origin, or an error in the interface's language. */
export function parseSiteAddress(input: string): SiteAddress {
  const text = input.trim();
  if (!text) return { ok: false, error: t('siteAddressEmpty') };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: t('siteAddressNotWeb', text.slice(0, 80)) };
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return { ok: false, error: t('siteAddressHttpsOnly') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: t('siteAddressBadProtocol', url.protocol) };
  }
  return { ok: true, origin: url.origin };
}

/**
 * Chrome's match patterns take a port (`http://127.0.0.1:8080/*`); Firefox's do not (a host
 * pattern there covers every port, so the background also checks the exact origin: siteEnabled).
 */
const PORTS_IN_PATTERNS = !import.meta.env?.FIREFOX;

/** The host permission pattern of one origin: a site address with a port means that port. */
export function originPattern(origin: string, ports = PORTS_IN_PATTERNS): string {
  const url = new URL(origin);
  return `${url.protocol}//${ports && url.port ? url.host : url.hostname}/*`;
}

/** The id of the content script registered for one origin. */
export function scriptIdOf(origin: string): string {
  return `repere-case-file:${origin}`;
}

/** The origin of a page address, or undefined (about:, data:, file:…). */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Same site: the same origin, port included (a site address with a port means that port). */
export function sameSite(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
