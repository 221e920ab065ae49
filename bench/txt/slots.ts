/**
 * What the written furniture vocabularies (`blind`, `sealed`) share: filling a template's `{slot}`s and picking a
 * language's template. Each vocabulary keeps its own slot data; only the mechanics live here.
 */
import type { FurnitureLang, Rng } from './furniture.js';
import type { Vocabulary } from './furniture-fresh.js';

/**
 * A slot's value by name: `{city}` from `values.city`; a slot in capitals (`{CITY}`) takes the lower-case slot's
 * value upper-cased in `locale`. An unknown slot is a mistake in the vocabulary, so it throws.
 */
export function slotLookup(values: Record<string, () => string>, locale: string, vocabulary: string): (slot: string) => string {
  return (slot) => {
    const lower = slot.toLowerCase();
    const value = values[slot] ?? values[lower];
    if (!value) throw new Error(`${vocabulary} furniture: unknown slot {${slot}}`);
    const text = value();
    return slot !== lower && slot === slot.toUpperCase() ? text.toLocaleUpperCase(locale) : text;
  };
}

/** `template` with every `{slot}` filled. */
export function fillSlots(template: string, fill: (slot: string) => string): string {
  return template.replace(/\{(\w+)\}/gu, (_, slot: string) => fill(slot));
}

/** One of a language's templates of a kind, or an English one where the language has none. */
export function pickTemplate(phrases: Vocabulary, kind: string, lang: FurnitureLang, rng: Rng, vocabulary: string): string {
  const own = phrases[lang] ?? [];
  const list = own.length > 0 ? own : (phrases.en ?? []);
  if (list.length === 0) throw new Error(`${vocabulary} furniture: no templates for ${kind}`);
  return rng.pick(list);
}
