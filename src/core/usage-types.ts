/**
 * AWS Price List usage types ("USE1-NovaMicro-Customization-Training") as the book ships them: each word between
 * hyphens is stored once (CompiledBook.usageWords) and a usage type is two base-36 digits per word. 260 usage types
 * are about 14 KB as text and under 5 KB packed, and every custom-function call loads the bundle.
 */

/** Build side: the packed form, adding new words to `words`. */
export function packUsageType(text: string, words: string[]): string {
  return text
    .split('-')
    .map((w) => {
      let i = words.indexOf(w);
      if (i < 0) i = words.push(w) - 1;
      if (i >= 36 * 36) throw new Error(`more than ${36 * 36} distinct usage-type words`);
      return i.toString(36).padStart(2, '0');
    })
    .join('');
}

/** The usage type's text again. */
export function unpackUsageType(packed: string, words: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < packed.length; i += 2) out.push(words[parseInt(packed.slice(i, i + 2), 36)]!);
  return out.join('-');
}
