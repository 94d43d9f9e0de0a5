/**
 * The price book's items, units and terms: the messages that name them (worded in src/messages/vocabulary.ts, so
 * the functions, the sidebar and the tools say the same thing) and the spellings users may type for them.
 */
import { msg, type Message } from './message';
import type { Item, Term, Unit } from './price-book';
import { looksNumeric, normalizeNumberText, readNumberText } from './number-text';
import { ASCII, nameKey } from './text';

/** What an item is called ("custom model storage"). */
export function itemLabel(item: Item): Message {
  return msg(`vocabulary.item-${item}` as const);
}

const SHORT: Record<Item, 'fine-tuning' | 'storage' | 'pt' | 'on-demand' | 'cmi' | 'rft'> = {
  training: 'fine-tuning',
  storage: 'storage',
  pt: 'pt',
  'ondemand-input': 'on-demand',
  'ondemand-output': 'on-demand',
  'ondemand-cache-read': 'on-demand',
  'ondemand-cache-write': 'on-demand',
  'cmi-inference': 'cmi',
  'cmi-storage': 'cmi',
  rft: 'rft',
};

/** A short name for lists ("What is priced" in BEDROCK_MODELS); the token items share one "on-demand". */
export function itemShort(item: Item): Message {
  return msg(`vocabulary.short-${SHORT[item]}` as const);
}

/** How a unit reads after a price ("per 1,000 tokens"). */
export function unitLabel(unit: Unit): Message {
  return msg(`vocabulary.unit-${unit}` as const);
}

/** A Provisioned Throughput term ("1 month"). */
export function termLabel(term: Term): Message {
  return msg(`vocabulary.term-${term}` as const);
}

export const ITEM_SPELLINGS: Record<Item, string[]> = {
  training: ['training', 'train', 'fine-tuning', 'fine tuning', 'ft', 'customization', '学習'],
  storage: ['storage', 'model storage', '保管'],
  pt: ['pt', 'provisioned throughput', 'provisioned', 'mu', 'model unit'],
  'ondemand-input': ['input', 'input tokens', 'ondemand input', 'on-demand input'],
  'ondemand-output': ['output', 'output tokens', 'ondemand output', 'on-demand output'],
  'ondemand-cache-read': ['cache read', 'cache-read tokens'],
  'ondemand-cache-write': ['cache write', 'cache-write tokens'],
  'cmi-inference': ['cmi', 'cmi inference', 'custom model import', 'import'],
  'cmi-storage': ['cmi storage', 'import storage'],
  rft: ['rft', 'reinforcement fine-tuning', 'reinforcement'],
};

/**
 * Spelling tables keyed by nameKey, built on first use: a custom-function call that never parses one pays nothing.
 * Maps, not objects: a typed "constructor" or "toString" must miss, not find Object.prototype's.
 *
 * The ASCII spellings are a table of their own: an ASCII key can only be an ASCII spelling's (every other spelling
 * keeps its Japanese after normalising, which test/unit/vocabulary.test.ts checks), and keying the Japanese ones
 * compiles the Unicode pattern of nameKey, which costs more than the rest of a plain call.
 */
export function byKey<T extends string>(spellings: Record<T, string[]>, withOwnName: boolean): (key: string) => T | undefined {
  const tables: Partial<Record<'ascii' | 'other', Map<string, T>>> = {};
  const table = (ascii: boolean): Map<string, T> => {
    const which = ascii ? 'ascii' : 'other';
    let t = tables[which];
    if (!t) {
      t = new Map();
      for (const [value, list] of Object.entries(spellings) as [T, string[]][])
        for (const s of withOwnName ? [value, ...list] : list) if (ASCII.test(s) === ascii) t.set(nameKey(s), value);
      tables[which] = t;
    }
    return t;
  };
  return (key) => table(true).get(key) ?? (ASCII.test(key) ? undefined : table(false).get(key));
}

const itemsByKey = byKey(ITEM_SPELLINGS, true);

/** What the item argument takes, as the missing-argument message words it in each language. */
export const ACCEPTED_ITEMS: Message = msg('input.accepts-item');

/** Item text → item; "pt base" / "base pt" asks for the base model's Provisioned Throughput rate. */
export function itemFromText(text: string): { item: Item; base: boolean } | undefined {
  const key = nameKey(text);
  const base = /base/.test(key) && /pt|provisioned/.test(key);
  const item = itemsByKey(base ? key.replace('base', '') : key);
  return item ? { item, base } : undefined;
}

export const TERM_SPELLINGS: Record<Term, string[]> = {
  none: ['none', 'no commitment', 'no commit', 'nocommit', 'no-commit', 'hourly', 'コミットなし', 'なし'],
  '1m': ['1 month', '1m', '1 mo', '1-month', '1month', 'one month', '1か月', '1ヶ月', '1カ月'],
  '6m': ['6 months', '6m', '6 mo', '6-month', '6months', 'six months', '6か月', '6ヶ月', '6カ月'],
};
const termsByKey = byKey(TERM_SPELLINGS, false);

/** What the term argument takes, as a message (the unknown-term message says the same in full). */
export const ACCEPTED_TERMS: Message = msg('input.accepts-term');

/** The terms a number names: 0 (no commitment), 1 or 6 months. */
const TERM_NUMBERS: ReadonlyMap<number, Term> = new Map([
  [0, 'none'],
  [1, '1m'],
  [6, '6m'],
]);

/**
 * Term text → term. Text that is a number ("6", "６", "-6", "1.0") is read as a number, so its sign counts: "-6" is
 * not a term (nameKey would fold it to "6"), and neither is "1,5". Other text is matched by its spellings.
 */
export function termFromText(text: string): Term | undefined {
  // A leading minus is never decoration: "-6 months" is no more a term than -6.
  if (/^[-\u2212]/.test(normalizeNumberText(text))) return undefined;
  if (looksNumeric(text)) {
    const r = readNumberText(text);
    return r.ok ? TERM_NUMBERS.get(Number(r.value)) : undefined;
  }
  return termsByKey(nameKey(text));
}
