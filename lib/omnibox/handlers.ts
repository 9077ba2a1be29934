import { cardPath, partnerIdOfOmnibox, toSuggestion, type OmniboxPartner, type OmniboxSuggestion } from './suggestions';

export type OmniboxDisposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

export interface OmniboxDeps {
  search(query: string, territory: readonly string[]): Promise<OmniboxPartner[]>;
  /** The counsellor's territory codes: local partners come first, as in the popup. */
  territory(): Promise<readonly string[]>;
  /** Chrome's descriptions take XML markup; Firefox's are plain text. */
  markup: boolean;
  /** Shown for a partner without a commune (a national one). */
  national: string;
  openTab(path: string, disposition: OmniboxDisposition): Promise<unknown>;
}

/**
 * The address bar keyword `rp`: typing suggests partners (name · commune · phone); Enter opens
 * the chosen one's card in a tab, or the best match's when the counsellor typed free text.
 */
export function createOmniboxHandlers(deps: OmniboxDeps) {
  async function suggestionsFor(text: string): Promise<OmniboxSuggestion[]> {
    const partners = await deps.search(text, await deps.territory());
    return partners.map((partner) => toSuggestion(partner, { markup: deps.markup, national: deps.national }));
  }

  return {
    suggestionsFor,
    onInputChanged(text: string, suggest: (suggestions: OmniboxSuggestion[]) => void): void {
      void suggestionsFor(text).then(suggest, () => suggest([]));
    },
    async onInputEntered(text: string, disposition: OmniboxDisposition = 'currentTab'): Promise<string> {
      const chosen = partnerIdOfOmnibox(text);
      const id = chosen ?? (await deps.search(text, await deps.territory()))[0]?.id ?? '';
      const path = chosen ? cardPath(id) : cardPath(id, text);
      await deps.openTab(path, disposition);
      return path;
    },
  };
}
