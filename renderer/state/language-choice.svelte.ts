import type { KioskApi } from '../../common/bridge/contract.ts';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import type { SupportedLanguage } from '../../common/guide/languages.ts';

/** The visitor's language: French (the guide's own texts) until another is chosen and loaded. */
export class LanguageChoice {
  current: SupportedLanguage = $state('fr');
  /** The chosen language's texts; undefined for French (the guide snapshot's texts). */
  texts: GuideTexts | undefined = $state.raw();
  readonly #kiosk: KioskApi;
  #request = 0;

  constructor(kiosk: KioskApi) {
    this.#kiosk = kiosk;
  }

  /** Loads a language's texts only when it is chosen; a failed load keeps the current language. */
  async choose(language: SupportedLanguage): Promise<void> {
    const request = ++this.#request;
    if (language === 'fr') {
      this.current = 'fr';
      this.texts = undefined;
      return;
    }
    const result = await this.#kiosk.getGuideTexts({ language });
    if (request !== this.#request || !result.ok) return;
    this.texts = result.value.texts;
    this.current = language;
  }

  /** Back to French for the next visitor. */
  reset(): void {
    this.#request += 1;
    this.current = 'fr';
    this.texts = undefined;
  }
}
