/** The packed usage types of the shipped book read back as exactly the text in rates/prices.json. */
import { readBook } from '../../scripts/lib/book-files';
import { compileBook } from '../../src/book/compile';
import { priceKey } from '../../src/core/price-book';
import { packUsageType, unpackUsageType } from '../../src/core/usage-types';

it('packs two base-36 digits per word and unpacks every usage type of the book', () => {
  const words: string[] = [];
  expect(packUsageType('USE1-NovaMicro-Customization-Training', words)).toBe('00010203');
  expect(packUsageType('USW2-NovaMicro-Customization-Storage', words)).toBe('04010205');
  expect(words).toEqual(['USE1', 'NovaMicro', 'Customization', 'Training', 'USW2', 'Storage']);
  expect(unpackUsageType('04010203', words)).toBe('USW2-NovaMicro-Customization-Training');

  const raw = readBook();
  const book = compileBook(raw);
  let n = 0;
  for (const p of raw.prices) {
    const [subject, item, region, term, variant] = priceKey(p).split('|');
    const row = book.prices[subject!]![item as never]![region!]![term ? `${term}|${variant}` : '']!;
    expect(row[4] ? unpackUsageType(row[4], book.usageWords) : undefined).toBe(p.source.usagetype);
    if (p.source.usagetype) n++;
  }
  expect(n).toBeGreaterThan(200);
});
