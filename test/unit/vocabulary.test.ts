/** The spelling tables of items and terms (src/core/vocabulary.ts). */
import { nameKey } from '../../src/core/text';
import { byKey, ITEM_SPELLINGS, itemFromText, TERM_SPELLINGS, termFromText } from '../../src/core/vocabulary';

const ascii = (s: string) => /^[\x00-\x7f]*$/.test(s);

describe('spelling tables', () => {
  test.each([
    ['items', ITEM_SPELLINGS],
    ['terms', TERM_SPELLINGS],
  ])('an ASCII key can only come from an ASCII spelling (%s): the table keeps the two apart', (_, spellings) => {
    for (const list of Object.values(spellings) as string[][])
      for (const s of list) if (!ascii(s)) expect({ s, key: nameKey(s), ascii: ascii(nameKey(s)) }).toMatchObject({ ascii: false });
  });

  test('every spelling finds its own value, ASCII or not, and nothing else is found', () => {
    const find = byKey(TERM_SPELLINGS, false);
    for (const [term, list] of Object.entries(TERM_SPELLINGS)) for (const s of list) expect(find(nameKey(s))).toBe(term);
    expect(find('constructor')).toBeUndefined();
    expect(find(nameKey('2 months'))).toBeUndefined();
  });

  test('terms and items read as users type them, in English and Japanese', () => {
    expect(termFromText('1m')).toBe('1m');
    expect(termFromText('1 Month')).toBe('1m');
    expect(termFromText('６か月')).toBe('6m');
    expect(termFromText('コミットなし')).toBe('none');
    expect(termFromText('-6')).toBeUndefined();
    expect(itemFromText('Provisioned Throughput')).toEqual({ item: 'pt', base: false });
    expect(itemFromText('学習')).toEqual({ item: 'training', base: false });
    expect(itemFromText('pt base')).toEqual({ item: 'pt', base: true });
  });
});
