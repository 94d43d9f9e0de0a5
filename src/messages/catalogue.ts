/**
 * The one message catalogue: every sentence a user can read, in English and in Japanese, keyed by a code
 * "<section>.<key>". Sections live in files named after what they talk about; add a section here to ship it.
 *
 * `word(message, lang)` is the only place a Message becomes text. It is called at the edge (cell adapters, the
 * sidebar, the tools), never by the pricing core.
 */
import { isBilingual, type Message, type Param } from '../core/message';
import { book } from './book';
import { common } from './common';
import { compare } from './compare';
import { estimate } from './estimate';
import { lifecycle } from './lifecycle';
import { lookup } from './lookup';
import { menu } from './menu';
import { quote } from './quote';
import { sidebar } from './sidebar';
import { tables } from './tables';
import { template as budgetTemplate } from './template';
import { vocabulary } from './vocabulary';
import { insert } from './insert';
import { input } from './input';
import { names } from './names';
import type { KeysOf, Lang, Section } from './section';

export type { Lang } from './section';

const SECTIONS = {
  book,
  common,
  lookup,
  quote,
  compare,
  lifecycle,
  vocabulary,
  tables,
  insert,
  estimate,
  input,
  names,
  menu,
  sidebar,
  template: budgetTemplate,
} as const;

type Sections = typeof SECTIONS;

/** Every code the catalogue words: "<section>.<key>". */
export type MessageCode = { [S in keyof Sections & string]: `${S}.${KeysOf<Sections[S]>}` }[keyof Sections & string];

export const LANGS: readonly Lang[] = ['en', 'ja'];

/** Every code with its template, per language: what the completeness test walks. */
export function templates(lang: Lang): ReadonlyMap<MessageCode, string> {
  const out = new Map<MessageCode, string>();
  for (const [name, s] of Object.entries(SECTIONS) as [string, Section<string>][])
    for (const [key, text] of Object.entries(s[lang])) out.set(`${name}.${key}` as MessageCode, text);
  return out;
}

function template(code: string, lang: Lang): string | undefined {
  const dot = code.indexOf('.');
  const s = (SECTIONS as Record<string, Section<string> | undefined>)[code.slice(0, dot)];
  const table = s?.[lang] as Record<string, string> | undefined;
  return table && Object.prototype.hasOwnProperty.call(table, code.slice(dot + 1)) ? table[code.slice(dot + 1)] : undefined;
}

const LIST_SEPARATOR: Record<Lang, string> = { en: ', ', ja: '、' };
const QUOTES: Record<Lang, [string, string]> = { en: ['"', '"'], ja: ['「', '」'] };

function param(value: Param | undefined, lang: Lang, quoted: boolean): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return (value as readonly Param[]).map((v) => param(v, lang, quoted)).join(LIST_SEPARATOR[lang]);
  const text = isBilingual(value) ? value[lang] : typeof value === 'object' ? word(value as Message, lang) : String(value);
  return quoted ? `${QUOTES[lang][0]}${text}${QUOTES[lang][1]}` : text;
}

/** The message in words. Optional parts left empty leave no double spaces behind. */
export function word(message: Message, lang: Lang): string {
  const t = template(message.code, lang) ?? template(message.code, 'en');
  if (t === undefined) return message.code;
  const params = message.params ?? {};
  const text = t.replace(/\{(\w+)(:q)?\}/g, (_, name: string, q: string | undefined) =>
    param(Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined, lang, q !== undefined),
  );
  return lang === 'en' ? text.replace(/ {2,}/g, ' ').trim() : text.trim();
}

/** The names of a template's placeholders, for the completeness test. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  const re = /\{(\w+)(?::q)?\}/g;
  for (let m = re.exec(template); m; m = re.exec(template)) names.push(m[1]!);
  return names.sort();
}
