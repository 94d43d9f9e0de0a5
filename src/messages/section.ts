/**
 * One section of the message catalogue: the same keys in English and in Japanese, each a template whose `{name}`
 * placeholders are the message's parameters. `{name:q}` quotes the value (each item of a list): "x" in English,
 * 「x」 in Japanese. Model IDs, region codes and units stay as AWS writes them in both languages.
 */
export type Lang = 'en' | 'ja';

export interface Section<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly ja: Readonly<Record<K, string>>;
}

/** Declares a section; the type makes a key missing from either language a compile error. */
export function section<K extends string>(s: Section<K>): Section<K> {
  return s;
}

/** The keys of a section. */
export type KeysOf<S> = S extends Section<infer K> ? K : never;
