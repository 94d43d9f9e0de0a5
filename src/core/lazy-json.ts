/**
 * Data that ships as JSON text and becomes objects only when read.
 *
 * Apps Script compiles the whole script for every custom-function call. An object literal costs a full parse and then
 * its construction on every call; the same data as a string literal is only scanned (about a sixth of the compile
 * time), and JSON.parse builds just the parts a call reads. So the build (scripts/build.ts) ships the price book and
 * the message catalogue as `lazyObject({ key: '<JSON text>', … })`: each property is parsed on its first read and then
 * is a plain data property, so the code that reads them is the same as for the literal.
 */

/** A property's JSON text, or an object of such properties built the same way. */
export type Packed = string | { readonly [key: string]: Packed };

/** An object whose properties are the given JSON texts, each parsed on first read (nested objects likewise). */
export function lazyObject(packed: { readonly [key: string]: Packed }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(packed)) {
    const text = packed[key]!;
    if (typeof text !== 'string') {
      out[key] = lazyObject(text);
      continue;
    }
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value: unknown = JSON.parse(text);
        Object.defineProperty(out, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return out;
}
