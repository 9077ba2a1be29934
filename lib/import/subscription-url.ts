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
    return { ok: false, message: 'Adresse invalide : collez l’adresse complète du fichier, commençant par https://' };
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return { ok: false, message: 'Adresse en http:// refusée : seule une adresse https:// protège l’annuaire en chemin (http n’est accepté que sur cet ordinateur)' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Seules les adresses https:// sont acceptées' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'L’adresse ne doit pas contenir d’identifiant ni de mot de passe' };
  }
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin, permission: `${url.protocol}//${url.hostname}/*` };
}
