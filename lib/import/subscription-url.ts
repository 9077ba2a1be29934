import { t } from '../i18n';

export type UrlCheck =
  | { ok: true; url: string; origin: string; /** Match pattern to ask the browser for. */ permission: string }
  | { ok: false; message: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A directory URL the counsellor may subscribe to: https, or plain http on this machine only
 * (a local server, the tests). No credentials in the address: they would be stored in clear.
 */
export function checkSubscriptionUrl(raw: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: t('subscriptionUrlInvalid') };
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return { ok: false, message: t('subscriptionUrlHttp') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: t('subscriptionUrlHttpsOnly') };
  }
  if (url.username || url.password) {
    return { ok: false, message: t('subscriptionUrlCredentials') };
  }
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin, permission: `${url.protocol}//${url.hostname}/*` };
}
