/**
 * Data that ships as JSON text and becomes objects only when read.
 *
 * Apps Script compiles the whole script for every custom-function call. An object literal costs a full parse and then
 * its construction on every call; the same data as a string literal is only scanned (a fraction of the cost, about
 * proportional to its length), and JSON.parse builds just the parts a call reads. So the build (scripts/build.ts) ships the price book and
 * the message catalogue as `lazyObject({ key: '<JSON text>', … }, dictionary)`, most texts packed: each property is
 * unpacked and parsed on its first read and then is a plain data property, so the code that reads them is the same as
 * for the literal.
 */
import { unpack } from './packed-text';

/**
 * A property's JSON text; or, as [text], that JSON text packed with the dictionary (src/core/packed-text.ts); or an
 * object of such properties built the same way.
 */
export type Shipped = string | readonly [string] | { readonly [key: string]: Shipped };

/** An object whose properties are the given JSON texts, each unpacked and parsed on first read (nested objects likewise). */
export function lazyObject(shipped: { readonly [key: string]: Shipped }, dict = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shipped)) {
    const text = shipped[key]!;
    if (typeof text !== 'string' && !Array.isArray(text)) {
      out[key] = lazyObject(text as { readonly [key: string]: Shipped }, dict);
      continue;
    }
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value: unknown = JSON.parse(typeof text === 'string' ? text : unpack(text[0]!, dict));
        Object.defineProperty(out, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return out;
}
