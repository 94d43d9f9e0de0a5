/**
 * A message a user can read, as data: a code from the catalogue (src/messages) and its parameters. The pricing
 * core raises and returns these and never words a sentence itself; the cells, the sidebar and the tools word them
 * at the edge, in English or Japanese, with `word` from src/messages/catalogue.ts.
 */
import type { MessageCode } from '../messages/catalogue';

export type { MessageCode };

/**
 * Text that exists in both languages already, taken as-is in each (a gap's note from the price book: English
 * `note`, Japanese `noteJa`). An empty side leaves that language's placeholder empty.
 */
export interface BilingualText {
  readonly en: string;
  readonly ja: string;
}

/**
 * A parameter: text kept as written (model IDs, region codes, decimal amounts), a number, another message (worded
 * in the same language), text given in both languages, or a list of these (joined the way the language joins lists).
 */
export type Param = string | number | Message | BilingualText | readonly Param[];

export type Params = Readonly<Record<string, Param>>;

export interface Message {
  readonly code: MessageCode;
  readonly params?: Params;
}

export function msg(code: MessageCode, params?: Params): Message {
  return params ? { code, params } : { code };
}

export function isBilingual(v: unknown): v is BilingualText {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as BilingualText).en === 'string' &&
    typeof (v as BilingualText).ja === 'string'
  );
}

export function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Message).code === 'string';
}
