/**
 * What the sidebar may write as a formula (issue 11 §4): a call of one of the add-on's own functions with literal
 * arguments, parsed — not a prefix check. The function list is derived from the api module, and must be exactly the
 * BEDROCK_… wrappers src/gas/entry.js declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { word } from '../../src/messages/catalogue';
import { cellFunctionName, checkFormula, ownFunctions } from '../../src/ui/formula-check';
import { getComparison, getQuote } from '../../src/ui/sidebar-server';
import type { QuoteRequest } from '../../src/ui/sidebar-types';

const reason = (f: unknown, lang: 'en' | 'ja' = 'en') => {
  const c = checkFormula(f);
  return c.ok ? 'accepted' : word(c.reason, lang);
};

test('the functions are the BEDROCK_… wrappers of src/gas/entry.js, derived, not listed twice', () => {
  const entry = readFileSync(join(__dirname, '..', '..', 'src', 'gas', 'entry.js'), 'utf8');
  const declared = [...entry.matchAll(/^function (BEDROCK_\w+)\(/gm)].map((m) => m[1]!).sort();
  expect(declared.length).toBeGreaterThanOrEqual(16);
  expect([...ownFunctions()].sort()).toEqual(declared);
  expect(cellFunctionName('bedrockPricesAsOf')).toBe('BEDROCK_PRICES_AS_OF');
  expect(cellFunctionName('bedrockFtCost')).toBe('BEDROCK_FT_COST');
});

test.each([
  '=BEDROCK_STORAGE_COST("Amazon Nova Lite", 12, "us-east-1")',
  '=BEDROCK_RATE("Nova Lite", "pt", , "none")',
  '=BEDROCK_PRICES_AS_OF()',
  '= BEDROCK_RATE ( "Nova Lite" , "pt" )',
  '=BEDROCK_RATE("say ""hi""", "pt")',
  '=BEDROCK_PT_MONTHLY("Llama 2 13B", 1, {"none","1m","6m"}, {720;744})',
  '=BEDROCK_FT_COST("x", -1.5e3, .5, TRUE, false)',
  '=BEDROCK_CMI_COST(4, 7,,,)',
  '=BEDROCK_RATE("=A1+IMPORTXML(""x"")")', // inside a string it is text, not a formula
])('accepted: %s', (f) => expect(reason(f)).toBe('accepted'));

test.each([
  ['=IMPORTXML("http://x", "//a")', '"IMPORTXML" is not one of the add-on’s functions.'],
  ['=bedrock_rate("x")', '"bedrock_rate" is not one of the add-on’s functions.'],
  ['=BEDROCK_NOPE(1)', '"BEDROCK_NOPE" is not one of the add-on’s functions.'],
  ['BEDROCK_RATE("x")', 'it does not start with "=".'],
  ['=BEDROCK_RATE', 'BEDROCK_RATE is not followed by "(".'],
  ['=BEDROCK_RATE("x")+1', 'there is more after the closing parenthesis: "+1".'],
  // The message quotes 24 characters of the rest, never all of it.
  ['=BEDROCK_RATE("x") & IMPORTXML("http://evil", "//a")', 'there is more after the closing parenthesis: "& IMPORTXML("http://evil…".'],
  ['=BEDROCK_RATE("x");', 'there is more after the closing parenthesis: ";".'],
  ['=BEDROCK_RATE("x")\n=A1', 'there is more after the closing parenthesis: "\n=A1".'],
  ['=BEDROCK_RATE(A1)', 'an argument is not a literal value, at "A1)"'],
  ['=BEDROCK_RATE(Sheet1!A1)', 'an argument is not a literal value, at "Sheet1!A1)"'],
  ['=BEDROCK_RATE(prices)', 'an argument is not a literal value, at "prices)"'],
  ['=BEDROCK_RATE(TRUEX)', 'an argument is not a literal value, at "TRUEX)"'],
  ['=BEDROCK_RATE(IMPORTXML("x"))', 'an argument is not a literal value, at "IMPORTXML("x"))"'],
  ['=BEDROCK_RATE(BEDROCK_RATE("x"))', 'an argument is not a literal value, at "BEDROCK_RATE("x"))"'],
  ['=BEDROCK_RATE(1+2)', 'an argument is not a literal value, at "+2)"'],
  ['=BEDROCK_RATE(-A1)', 'an argument is not a literal value, at "-A1)"'],
  ['=BEDROCK_RATE(12A1)', 'an argument is not a literal value, at "A1)"'],
  ['=BEDROCK_RATE(1.5.2)', 'an argument is not a literal value, at ".2)"'],
  ['=BEDROCK_RATE(50%)', 'an argument is not a literal value, at "%)"'],
  ['=BEDROCK_RATE("a" "b")', 'an argument is not a literal value, at ""b")"'],
  ['=BEDROCK_RATE({1,A1})', 'an argument is not a literal value, at "A1})"'],
  ['=BEDROCK_RATE({1,{2}})', 'an argument is not a literal value, at "{2}})"'],
  ['=BEDROCK_RATE({})', 'an argument is not a literal value, at "})"'],
  ['=BEDROCK_RATE("x"', 'it ends before the formula is complete.'],
  ['=BEDROCK_RATE("x', 'it ends before the formula is complete.'],
  ['=BEDROCK_RATE({1,2', 'it ends before the formula is complete.'],
  [`=BEDROCK_RATE("${'x'.repeat(2000)}")`, 'it is longer than 2000 characters.'],
  [42, 'it is not text.'],
])('refused: %j', (f, why) => expect(reason(f)).toContain(why));

test('the reasons are worded in Japanese too', () => {
  expect(reason('=BEDROCK_RATE("x")+1', 'ja')).toBe('閉じかっこの後に余分な記述があります: 「+1」。');
  expect(reason('=SUM(1)', 'ja')).toBe('「SUM」はアドオンの関数ではありません。');
});

test('every formula the sidebar itself offers is accepted', () => {
  const requests: QuoteRequest[] = [
    { kind: 'training', model: 'amazon.nova-micro-v1:0', tokens: 10000000, epochs: 2 },
    { kind: 'storage', model: 'amazon.nova-lite-v1:0', months: 12 },
    { kind: 'pt', model: 'meta.llama2-13b-v1', units: 1, term: '1m', hours: 744 },
    { kind: 'pt-compare', model: 'meta.llama2-13b-v1', units: 1, hours: 720 },
    { kind: 'ondemand', model: 'amazon.nova-micro-v1:0', inputTokens: 17600000, outputTokens: 1320000 },
    { kind: 'rft', model: 'amazon.nova-2-lite-v1:0', hours: 5 },
    { kind: 'training', model: 'meta.llama3-1-8b-instruct-v1:0', tokens: 2000000, epochs: 3, region: 'us-west-2' },
  ];
  let seen = 0;
  for (const req of requests) {
    const q = getQuote(req);
    if (!q.ok) throw new Error(`${JSON.stringify(req)}: ${q.message}`);
    for (const f of q.formulas) {
      expect([f, reason(f)]).toEqual([f, 'accepted']);
      seen++;
    }
  }
  const c = getComparison({ model: 'meta.llama2-13b-v1', units: 1, hoursPerDay: 8 } as never);
  if (c.ok) {
    expect(reason(c.formula)).toBe('accepted');
    seen++;
  }
  expect(seen).toBeGreaterThanOrEqual(10);
});

test('property: whatever follows an accepted formula, or replaces one of its arguments, with a reference or a call, is refused', () => {
  const accepted = [
    '=BEDROCK_RATE("Nova Lite", "pt", , "none")',
    '=BEDROCK_PT_MONTHLY("Llama 2 13B", 1, {"none","1m","6m"}, {720;744})',
    '=BEDROCK_PRICES_AS_OF()',
  ];
  const tails = ['+1', '*A1', '&"x"', ' A1', ')', '(', ',1', '=1', '<>0', '%', ';', '{1}', 'IMPORTXML("x")', '!', ':B2'];
  const intruders = [
    'A1',
    '$A$1',
    'Sheet1!A1',
    "'My sheet'!A1",
    'A1:B2',
    'NOW()',
    'IMPORTXML("x")',
    'INDIRECT("A1")',
    '1+1',
    '-(1)',
    'name',
    '@x',
    '#REF!',
  ];
  let checked = 0;
  for (const f of accepted) {
    for (const t of tails) {
      expect([f + t, checkFormula(f + t).ok]).toEqual([f + t, false]);
      checked++;
    }
    // Each argument position, replaced by something that is not a literal.
    const open = f.indexOf('(');
    const args = f.slice(open + 1, -1);
    if (!args) continue;
    const parts = args.split(/,(?![^{]*})/);
    for (let i = 0; i < parts.length; i++)
      for (const x of intruders) {
        const g = `${f.slice(0, open + 1)}${parts.map((p, j) => (j === i ? x : p)).join(',')})`;
        expect([g, checkFormula(g).ok]).toEqual([g, false]);
        checked++;
      }
  }
  expect(checked).toBeGreaterThan(100);
});

test('property: random formulas of the grammar are accepted; random edits never throw, and a refused one always says why', () => {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const names = [...ownFunctions()];
  const literal = () =>
    pick([
      () => `"${pick(['Nova Lite', 'a""b', '', '=A1', ')', '{1;2}', '東京', 'x, y'])}"`,
      () => pick(['0', '-1', '12.5', '.5', '1e6', '-2.5E-3', '744']),
      () => pick(['TRUE', 'FALSE', 'true', 'False']),
    ])();
  const arg = () => {
    const r = next();
    if (r < 0.15) return '';
    if (r < 0.3) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, literal).join(','),
      );
      return `{${rows.join(';')}}`;
    }
    return literal();
  };
  const formula = () => `=${pick(names)}(${Array.from({ length: Math.floor(next() * 6) }, arg).join(pick([',', ', ', ' , ']))})`;
  const noise = ['+', '-', '*', '&', 'A', '1', '(', ')', ',', ';', '{', '}', '"', '!', ':', ' ', '$', '%', '=', 'IMPORTXML(', '\n'];
  let accepted = 0;
  let refused = 0;
  for (let n = 0; n < 2000; n++) {
    const f = formula();
    expect([f, checkFormula(f).ok]).toEqual([f, true]);
    accepted++;
    const at = 1 + Math.floor(next() * (f.length - 1));
    const g = f.slice(0, at) + pick(noise) + f.slice(at + (next() < 0.5 ? 1 : 0));
    const c = checkFormula(g);
    if (!c.ok) {
      refused++;
      expect(word(c.reason, 'en').length).toBeGreaterThan(5);
    }
  }
  expect(accepted).toBe(2000);
  // Most random edits break the grammar (some, like a space or a digit inside a number or a string, do not).
  expect(refused).toBeGreaterThan(1000);
});
