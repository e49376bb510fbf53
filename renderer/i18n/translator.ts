import type { GuideTexts, ScreenTexts } from '../../common/guide/guide-schema.ts';
import { fillPlain, fillText, type PlaceholderValues, type TextPart } from '../../common/guide/placeholders.ts';
import type { UiKey } from '../../common/guide/ui-keys.ts';

/**
 * Reads one language's texts, with the school's placeholder values filled in. Texts filled with
 * the school's values only are kept: a screen change then re-renders from parts already made
 * (the guide has a few hundred texts per language; a translator lives as long as its language).
 */
export class Translator {
  readonly #filled = new Map<string, readonly TextPart[]>();

  constructor(
    readonly texts: GuideTexts,
    readonly values: PlaceholderValues,
  ) {}

  /** The language code (`fr`, `ar`…) for the `lang` attribute. */
  get language(): string {
    return this.texts.meta.language;
  }

  /** The writing direction for the `dir` attribute. */
  get direction(): 'ltr' | 'rtl' {
    return this.texts.meta.direction;
  }

  /** An interface word, as parts (values such as addresses kept apart to stay left-to-right). */
  ui(key: UiKey, extra?: Readonly<Record<string, string>>): readonly TextPart[] {
    return this.fill(this.texts.ui[key] ?? key, extra);
  }

  /** An interface word as plain text (for attributes such as `aria-label`). */
  uiPlain(key: UiKey, extra: Readonly<Record<string, string>> = {}): string {
    return fillPlain(this.texts.ui[key] ?? key, { ...this.values, ...extra });
  }

  /** The texts of a screen (validated guides have texts for every screen). */
  screen(id: string): ScreenTexts {
    return this.texts.screens[id] ?? { title: id };
  }

  /** The name of a route. */
  route(id: string): string {
    return this.texts.routes[id] ?? id;
  }

  /** Fills placeholders in any guide text; `extra` values (a step number…) are never kept. */
  fill(text: string, extra?: Readonly<Record<string, string>>): readonly TextPart[] {
    if (extra !== undefined) return fillText(text, { ...this.values, ...extra });
    const known = this.#filled.get(text);
    if (known !== undefined) return known;
    const parts = fillText(text, this.values);
    this.#filled.set(text, parts);
    return parts;
  }
}
