/**
 * The language check of long plain texts, off the page's main thread (LanguageNotes.tsx), so
 * that typing in a text area holding up to 200,000 characters never waits for it. The same
 * pure, synchronous checkLanguage as everywhere else: the notes it finds are the same.
 */
import { checkLanguage } from '../../shared/guidance/languageCheck';
import type { ApologyGuidance } from '../../shared/guidance/languageRules';

export interface LanguageCheckRequest {
  id: number;
  text: string;
  apologies: ApologyGuidance | undefined;
}

self.addEventListener('message', (event: MessageEvent<LanguageCheckRequest>) => {
  const { id, text, apologies } = event.data;
  self.postMessage({ id, findings: checkLanguage(text, { apologies }) });
});
