/** nameKey's ASCII shortcut folds exactly as the full Unicode path (NFKC, lowercase, letters and digits only). */
import { nameKey } from '../../src/core/text';

const unicodeKey = (t: string) =>
  t
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

it('equals the Unicode path on every ASCII character and on random ASCII names', () => {
  for (let c = 0; c < 128; c++) expect(nameKey(`a${String.fromCharCode(c)}b`)).toBe(unicodeKey(`a${String.fromCharCode(c)}b`));
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let n = 0; n < 5000; n++) {
    const t = Array.from({ length: 1 + Math.floor(rand() * 24) }, () => String.fromCharCode(Math.floor(rand() * 128))).join('');
    if (nameKey(t) !== unicodeKey(t)) throw new Error(`differs for ${JSON.stringify(t)}`);
  }
  expect(nameKey('Meta Llama 3.1 8B Instruct')).toBe('metallama318binstruct');
  expect(nameKey('ＬＬＡＭＡ　３')).toBe('llama3'); // full-width still folds (the Unicode path)
  expect(nameKey('東京')).toBe('東京');
});
