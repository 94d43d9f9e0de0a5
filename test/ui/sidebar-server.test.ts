/**
 * The sidebar's google.script.run targets: plain JSON out, the core's exact numbers, the functions' own error
 * messages, and formulas that — evaluated by a real formula engine with the built bundle's functions — give the very
 * number the breakdown shows.
 */
import type { HyperFormula } from 'hyperformula';
import { buildEngine, type SheetFunction } from '../../scripts/lib/formula-engine';
import { getEstimate, getQuote, getSidebarModel, insertFormula, insertValue, setExchangeRate, yen } from '../../src/ui/sidebar-server';
import type { Message, QuoteOk, QuoteRequest, QuoteResult } from '../../src/ui/sidebar-types';
import { loadBundle, type Bundle } from '../support/bundle';
import { installGasFakes } from '../support/gas-globals';
import { errorMessage as errorOf, say, worded } from '../support/messages';
import { plainJson } from '../support/plain-json';

let gas: Bundle;
beforeAll(() => {
  gas = loadBundle();
});

function ok(r: QuoteResult): QuoteOk {
  if (!r.ok) throw new Error(`expected a quote, got: ${say(r.message)}`);
  expect(plainJson(r)).toBe(true);
  return r;
}

/** Evaluates formulas in HyperFormula with the functions exactly as Apps Script would call them. */
function evaluate(formulas: string[]): unknown[] {
  const functions: Record<string, SheetFunction> = {};
  for (const name of Object.keys(gas).filter((k) => k.startsWith('BEDROCK_'))) functions[name] = gas[name]!;
  const hf: HyperFormula = buildEngine(functions, { S: [formulas] });
  return formulas.map((_, col) => hf.getCellValue({ sheet: 0, row: 0, col }));
}

describe('getSidebarModel', () => {
  test("plain JSON in the user's language, with lifecycles and Custom Model Import sizes", () => {
    installGasFakes({ locale: 'ja_JP' });
    const data = getSidebarModel();
    expect(plainJson(data)).toBe(true);
    expect(data.lang).toBe('ja');
    expect(getSidebarModel('en-US').lang).toBe('en');
    // The footer says how old the prices are as BEDROCK_PRICES_AS_OF() does: the range of checked dates.
    expect(say(data.checked, 'en')).toBe('checked 2025-02-28 – 2026-09-11 (most 2026-01-14)');
    expect(say(data.checked, 'ja')).toBe('2025-02-28～2026-09-11に確認（大半は2026-01-14）');
    const lite = data.models.find((m) => m.name === 'Amazon Nova Lite')!;
    expect(lite.kinds).toEqual(['estimate', 'training', 'storage', 'pt', 'pt-compare', 'compare', 'ondemand']);
    expect(data.defaults).toMatchObject({ provider: 'Amazon', model: lite.id, kind: 'estimate' });
    expect(data.defaults.fields).toMatchObject({ hours: '730', term: '1m', hoursPerDay: '24', days: '30' });
    const legacy = data.models.find((m) => m.name === 'Meta Llama 3.1 8B Instruct')!;
    expect(legacy).toMatchObject({ status: 'legacy', eolDate: '2027-03-30' });
    expect(say(legacy.statusText, 'ja')).toBe('レガシー — 2027-03-30に提供終了予定');
    expect(data.models.find((m) => m.name === 'Meta Llama 2 13B')!.status).toBe('eol');
    expect(data.providers.at(-1)).toBe('cmi');
    expect(data.models.filter((m) => m.provider === 'cmi').map((m) => m.id)).toEqual(
      expect.arrayContaining(['Llama 3.1 8B 128K', 'arch:OSS', 'cmus']),
    );
    expect(data.models.find((m) => m.id === 'cmus')!.kinds).toEqual(['cmi', 'cmi-month', 'cmi-storage']);
    expect(data.regions.find((r) => r.code === 'ap-northeast-1')!.nameJa).toContain('東京');
  });
});

describe('getQuote: the breakdown, its formula and the same number', () => {
  const cases: [string, QuoteRequest, number][] = [
    ['fine-tuning', { kind: 'training', model: 'amazon.nova-micro-v1:0', tokens: '10,000,000', epochs: '2' }, 20],
    ['storage', { kind: 'storage', model: 'amazon.nova-lite-v1:0', months: 12 }, 23.4],
    ['Provisioned Throughput', { kind: 'pt', model: 'meta.llama2-13b-v1', units: 1, term: '1m', hours: 744 }, 15757.92],
    ['on-demand', { kind: 'ondemand', model: 'amazon.nova-micro-v1:0', inputTokens: 17600000, outputTokens: 1320000 }, 0.8008],
    ['reinforcement fine-tuning', { kind: 'rft', model: 'amazon.nova-2-lite-v1:0', hours: 5 }, 400],
    ['Custom Model Import, a known size', { kind: 'cmi', model: 'Llama 3.1 8B 128K', minutes: 7, copies: 1 }, 1.1436],
    ['Custom Model Import, an architecture and CMUs', { kind: 'cmi', model: 'arch:OSS', cmus: 4, minutes: 5 }, 2.866],
    ['Custom Model Import, a CMU count', { kind: 'cmi', model: 'cmus', cmus: '2', minutes: 7, region: 'us-west-2' }, 1.1436],
    ['Custom Model Import storage', { kind: 'cmi-storage', model: 'Llama 3.1 8B 128K', months: 12 }, 46.8],
    // 96 windows a day × 30 days × 5 min × 2 CMU × 0.05718 = 1,646.784, plus 2 CMU × 1.95 of storage
    ['a month of Custom Model Import', { kind: 'cmi-month', model: 'Llama 3.1 8B 128K', hoursPerDay: 8, days: 30, copies: 1 }, 1650.684],
    [
      'a month of Custom Model Import, 2 copies of 8 CMUs on 22 days',
      { kind: 'cmi-month', model: 'cmus', cmus: '8', hoursPerDay: '8', days: '22', copies: '2' },
      9676.7328,
    ],
  ];

  test.each(cases)('%s', (_, request, expected) => {
    installGasFakes();
    const q = ok(getQuote(request));
    expect(q.values).toEqual([expected]);
    expect(Number(q.total)).toBe(expected);
    expect(q.formulas).toHaveLength(1);
    expect(evaluate(q.formulas)).toEqual([expected]);
    for (const line of q.lines) {
      expect(line.usd).toMatch(/^\d+(\.\d+)?$/);
      expect(line.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(say(line.source as Message).length).toBeGreaterThan(10);
      expect(line.sourceTitle.length).toBeGreaterThan(5);
      expect(line.sourceUrl).toMatch(/^https:\/\//);
    }
  });

  test('a fine-tuning line carries its unit price, unit, region, date and source', () => {
    const q = ok(getQuote({ kind: 'training', model: 'amazon.nova-micro-v1:0', tokens: 10000000, epochs: 2 }));
    expect(q.formulas).toEqual(['=BEDROCK_FT_COST("Amazon Nova Micro", 10000000, 2, "us-east-1")']);
    expect(q.lines).toEqual([
      expect.objectContaining({
        item: 'training',
        usd: '0.001',
        unit: 'per-1k-tokens',
        region: 'us-east-1',
        asOf: '2026-01-14',
        amount: '20',
      }),
    ]);
    expect(say(q.lines[0]!.quantity as Message)).toBe('10000000 tokens × 2 epochs');
    expect(say(q.lines[0]!.source as Message)).toMatch(/USE1-NovaMicro-Customization-Training/);
  });

  test('side-by-side Provisioned Throughput terms, each with its own formula', () => {
    const q = ok(getQuote({ kind: 'pt-compare', model: 'meta.llama2-13b-v1', units: 1, hours: 720 }));
    expect(q.lines.map((l) => [l.term, l.amount])).toEqual([
      ['none', '16920'],
      ['1m', '15249.6'],
      ['6m', '9417.6'],
    ]);
    expect(q.total).toBe('9417.6');
    expect(q.values).toEqual([16920, 15249.6, 9417.6]);
    expect(q.formulas[2]).toBe('=BEDROCK_PT_MONTHLY("Meta Llama 2 13B", 1, "6 months", 720, "us-east-1")');
    expect(evaluate(q.formulas)).toEqual(q.values);
  });

  test('a retired model is still priced, and says it can no longer be bought', () => {
    const q = ok(getQuote({ kind: 'pt', model: 'meta.llama2-13b-v1' }));
    expect(q.lifecycle).toMatchObject({ status: 'eol', eolDate: '2024-10-30' });
    expect(ok(getQuote({ kind: 'training', model: 'amazon.nova-lite-v1:0', tokens: 1 })).lifecycle).toBeUndefined();
  });

  test("a price's caveat and its earlier readings are shown with it, as BEDROCK_RATE_INFO and BEDROCK_RATE_HISTORY give them", () => {
    // Titan Embeddings G1 Text, no commitment, London: 10.8082 as AWS lists it, which looks swapped with São Paulo's.
    const odd = ok(getQuote({ kind: 'pt', model: 'amazon.titan-embed-text-v1', term: 'none', region: 'eu-west-2' })).lines[0]!;
    expect(odd.usd).toBe('10.8082');
    expect(say(odd.caveat, 'en')).toMatch(/^Caveat: /);
    expect(say(odd.caveat, 'ja')).toMatch(/^注意: /);
    // Llama 3.1 8B 128K imported: the current 0.05718 per CMU-minute, and three older readings newest first.
    const cmi = ok(getQuote({ kind: 'cmi', model: 'Llama 3.1 8B 128K', minutes: 7, copies: 1 })).lines[0]!;
    expect(cmi.caveat).toBeUndefined();
    expect(cmi.earlier).toEqual([
      { usd: '0.05718', from: '2026-01-01', to: '2026-08-01' },
      { usd: '0.05718', from: '2025-10-21', to: '2026-01-01' },
      { usd: '0.0785', from: '2025-02-28', to: '2025-10-21' },
    ]);
  });
});

describe('regions', () => {
  test('only regions with a price are selectable; the chosen region moves to one that has it', () => {
    const q = ok(getQuote({ kind: 'training', model: 'meta.llama3-1-8b-instruct-v1:0', tokens: 2000000, epochs: 3, region: 'us-east-1' }));
    expect(q.regions.filter((r) => r.priced).map((r) => r.code)).toEqual(['us-west-2']);
    expect(q.region).toBe('us-west-2');
    expect(q.values).toEqual([8.94]);
    expect(q.regions).toHaveLength(getSidebarModel('en').regions.length);
  });

  test('a greyed region carries the reason the book gives', () => {
    const q = ok(getQuote({ kind: 'training', model: 'amazon.nova-micro-v1:0', tokens: 1000 }));
    const tokyo = q.regions.find((r) => r.code === 'ap-northeast-1')!;
    expect(tokyo).toMatchObject({ priced: false, gap: 'not-sold' });
    expect(tokyo.note).toMatch(/us-east-1 only/);
    expect(q.regions.find((r) => r.code === 'eu-west-1')).toEqual({ code: 'eu-west-1', priced: false });
  });
});

describe('inline validation says what the function says', () => {
  test.each([
    ['-5', 'BEDROCK_FT_COST', ['Nova Micro', '-5']],
    ['lots', 'BEDROCK_FT_COST', ['Nova Micro', 'lots']],
    ['', 'BEDROCK_FT_COST', ['Nova Micro', '']],
  ])('training tokens "%s"', (tokens, fn, args) => {
    const r = getQuote({ kind: 'training', model: 'amazon.nova-micro-v1:0', tokens, epochs: 1 });
    expect(r).toMatchObject({ ok: false, field: 'tokens' });
    expect(r.ok ? '' : say(r.message)).toBe(errorOf(() => gas[fn]!(...args)));
  });

  test('model units, copies and CMUs are fields too', () => {
    expect(worded(getQuote({ kind: 'pt', model: 'meta.llama2-13b-v1', units: '1.5' }))).toMatchObject({
      ok: false,
      field: 'units',
      message: 'model_units must be a whole number of 1 or more; got 1.5.',
    });
    expect(getQuote({ kind: 'cmi', model: 'Llama 3.1 8B 128K', minutes: 5, copies: 0 })).toMatchObject({ ok: false, field: 'copies' });
    expect(getQuote({ kind: 'cmi', model: 'arch:Llama', minutes: 5 })).toMatchObject({ ok: false, field: 'cmus' });
    const r = getQuote({ kind: 'cmi', model: 'arch:Llama', minutes: 5 });
    expect(r.ok ? '' : say(r.message)).toMatch(/names an architecture but not its size/);
  });

  test('CMUs typed for an architecture or as a count: the message the formula would give', () => {
    const arch = getQuote({ kind: 'cmi', model: 'arch:OSS', cmus: '2.5', minutes: 5 });
    expect(worded(arch)).toMatchObject({ ok: false, field: 'cmus', message: errorOf(() => gas.BEDROCK_CMI_COST!('gpt-oss:2.5', 5)) });
    const count = getQuote({ kind: 'cmi-storage', model: 'cmus', cmus: 'two' });
    expect(worded(count)).toMatchObject({ ok: false, field: 'cmus', message: errorOf(() => gas.BEDROCK_CMI_STORAGE!('two')) });
    expect(ok(getQuote({ kind: 'cmi-storage', model: 'cmus', cmus: '2', months: 12 })).formulas).toEqual([
      '=BEDROCK_CMI_STORAGE(2, 12, "us-east-1")',
    ]);
  });

  test('a bad input in the term comparison is one error, not three', () => {
    expect(worded(getQuote({ kind: 'pt-compare', model: 'meta.llama2-13b-v1', hours: '-1' }))).toMatchObject({
      ok: false,
      field: 'hours',
      message: 'hours must be zero or more; got -1.',
    });
  });
});

describe('insertFormula and insertValue write into the current cell', () => {
  test('one formula, a row of formulas, a value', () => {
    const fakes = installGasFakes();
    const sheet = fakes.spreadsheet.getActiveSheet();
    sheet.getRange('C3').activate();
    expect(insertFormula('=BEDROCK_STORAGE_COST("Amazon Nova Lite", 12, "us-east-1")')).toEqual({ cell: 'Sheet1!C3' });
    expect(sheet.getRange('C3').getValue()).toBe('=BEDROCK_STORAGE_COST("Amazon Nova Lite", 12, "us-east-1")');
    sheet.getRange('A5').activate();
    expect(insertFormula(['=BEDROCK_RATE("Nova Lite", "pt", , "none")', '=BEDROCK_RATE("Nova Lite", "pt")'])).toEqual({
      cell: 'Sheet1!A5:B5',
    });
    expect(sheet.contents()[4]).toEqual(['=BEDROCK_RATE("Nova Lite", "pt", , "none")', '=BEDROCK_RATE("Nova Lite", "pt")', '']);
    sheet.getRange('B7').activate();
    expect(insertValue(23.4)).toEqual({ cell: 'Sheet1!B7' });
    expect(sheet.getRange('B7').getValue()).toBe(23.4);
    // B7 now holds 23.4: a row from there asks first (below); from B9 it is written.
    expect(insertValue([1, 2, 3])).toMatchObject({
      needsConfirmation: true,
      cell: 'Sheet1!B7:D7',
      overwrite: [{ cell: 'B7', content: '23.4' }],
    });
    sheet.getRange('B9').activate();
    expect(insertValue([1, 2, 3])).toEqual({ cell: 'Sheet1!B9:D9' });
  });

  test('refuses anything but the add-on formulas with literal arguments, and finite numbers of a bounded size', () => {
    installGasFakes();
    expect(errorOf(() => insertFormula('=IMPORTXML("http://x", "//a")'))).toBe(
      'This formula cannot be inserted from the sidebar: "IMPORTXML" is not one of the add-on’s functions. The sidebar inserts only a call of one of the add-on’s functions (BEDROCK_…) whose arguments are text, numbers, TRUE/FALSE, {…} arrays or blanks.',
    );
    // The prefix alone used to be enough: the tail is what matters.
    expect(errorOf(() => insertFormula('=BEDROCK_RATE("Nova Lite", "pt")+IMPORTXML("http://x", "//a")'))).toContain(
      'there is more after the closing parenthesis: "+IMPORTXML("http://x", "…".',
    );
    expect(errorOf(() => insertFormula(['=BEDROCK_RATE("Nova Lite", "pt")', '=BEDROCK_RATE(A1)']))).toContain(
      'an argument is not a literal value, at "A1)"',
    );
    expect(errorOf(() => insertFormula([]))).toBe('There is nothing to insert.');
    expect(errorOf(() => insertFormula(Array(13).fill('=BEDROCK_PRICES_AS_OF()')))).toBe(
      'At most 12 cells can be written at once from the sidebar; got 13.',
    );
    expect(errorOf(() => insertValue(Number.NaN))).toBe('Only finite numbers up to 10^15 in size can be inserted as values; got NaN.');
    expect(errorOf(() => insertValue(Number.POSITIVE_INFINITY))).toContain('got Infinity.');
    expect(errorOf(() => insertValue(2e15))).toContain('got 2000000000000000.');
    expect(errorOf(() => insertValue('12' as unknown as number))).toContain('got "12".');
    expect(errorOf(() => insertValue(['=A1'] as unknown as number[]))).toContain('got "=A1".');
    expect(errorOf(() => insertValue([{}] as unknown as number[]))).toContain('got object.');
    expect(errorOf(() => insertValue(Array(13).fill(1)))).toBe('At most 12 cells can be written at once from the sidebar; got 13.');
    expect(errorOf(() => insertValue(Number.NaN, { lang: 'ja' }))).toBe(
      '値として挿入できるのは絶対値10^15以下の有限の数値だけです（指定: NaN）。',
    );
  });

  test('never writes over a non-empty cell without the user confirming in the sidebar', () => {
    const fakes = installGasFakes();
    const sheet = fakes.spreadsheet.getActiveSheet();
    sheet.getRange('B2').setValue('my note');
    sheet.getRange('C2').setFormula('=SUM(A1:A9)');
    sheet.getRange('A2').activate();
    const row = [
      '=BEDROCK_RATE("Nova Lite", "pt", , "none")',
      '=BEDROCK_RATE("Nova Lite", "pt")',
      '=BEDROCK_RATE("Nova Lite", "pt", , "6m")',
    ];
    const ask = insertFormula(row);
    expect(ask).toEqual({
      needsConfirmation: true,
      cell: 'Sheet1!A2:C2',
      overwrite: [
        { cell: 'B2', content: 'my note' },
        { cell: 'C2', content: '=SUM(A1:A9)' },
      ],
      message: '2 of the cells Sheet1!A2:C2 would be written over are not empty: B2 ("my note"), C2 ("=SUM(A1:A9)"). Replace them?',
      replace: 'Replace',
      cancel: 'Cancel',
    });
    expect(plainJson(ask)).toBe(true);
    // Nothing was written.
    expect(sheet.contents()[1]).toEqual(['', 'my note', '=SUM(A1:A9)']);
    // A confirmation for other cells does not count: the user agreed to replace A2:C2, not this.
    expect(insertFormula(row, { confirm: 'Sheet1!B2:D2' })).toMatchObject({ needsConfirmation: true });
    expect(insertFormula(row, { confirm: 'Sheet1!A2:C2' })).toEqual({ cell: 'Sheet1!A2:C2' });
    expect(sheet.contents()[1]).toEqual(row);
    // Values too, and in the sidebar's language.
    sheet.getRange('B2').activate();
    expect(insertValue(23.4, { lang: 'ja' })).toMatchObject({
      needsConfirmation: true,
      cell: 'Sheet1!B2',
      message: '書き込み先Sheet1!B2のうち1セルは空ではありません: B2（「=BEDROCK_RATE("Nova Lite", "pt")」）。上書きしますか？',
      replace: '上書きする',
      cancel: 'キャンセル',
    });
    expect(insertValue(23.4, { confirm: 'Sheet1!B2' })).toEqual({ cell: 'Sheet1!B2' });
    expect(sheet.getRange('B2').getValue()).toBe(23.4);
    // A long content is quoted as an excerpt.
    sheet.getRange('E5').setValue('x'.repeat(500));
    sheet.getRange('E5').activate();
    expect((insertValue(1) as { overwrite: { content: string }[] }).overwrite[0]!.content).toBe(`${'x'.repeat(40)}…`);
  });

  test('with no current cell, says to select one', () => {
    const fakes = installGasFakes();
    fakes.spreadsheet.active = undefined;
    expect(errorOf(() => insertValue(1))).toBe('Select a cell in the sheet first.');
  });
});

describe('the exchange rate and the first answer', () => {
  test('setExchangeRate checks the typed rate and remembers it in the user properties; the first answer uses it', () => {
    const fakes = installGasFakes();
    expect(getSidebarModel('en').fx).toEqual({ rate: '150', saved: false, default: '150' });
    expect(setExchangeRate('156.25')).toEqual({ ok: true, rate: '156.25', saved: true, default: '150' });
    expect(fakes.userProperties.get('jpyPerUsd')).toBe('156.25');
    const refused = setExchangeRate('-1');
    expect(refused.ok ? '' : say(refused.message)).toBe(
      'jpy_per_usd must be the yen one US dollar buys, a number above zero such as 150; got -1.',
    );
    expect(refused.ok ? '' : say(refused.message, 'ja')).toMatch(/^為替レートには/);
    expect(setExchangeRate('abc').ok).toBe(false);
    expect(fakes.userProperties.get('jpyPerUsd')).toBe('156.25');

    const data = getSidebarModel('en');
    expect(data.fx).toEqual({ rate: '156.25', saved: true, default: '150' });
    expect(data.defaults.kind).toBe('estimate');
    expect(data.defaults.request).toEqual({
      kind: 'estimate',
      model: 'amazon.nova-lite-v1:0',
      inputTokens: '1000000',
      outputTokens: '1000000',
      schedule: '24/7',
      units: '1',
      month: '',
      jpyPerUsd: '156.25',
    });
    // The first answer is getEstimate's for that request, so the page needs no second call.
    expect(data.first).toEqual(getEstimate(data.defaults.request));
    expect(plainJson(data)).toBe(true);
  });

  test('yen: USD × rate in exact decimals, rounded half up to whole yen', () => {
    // The Tokyo journey's on-demand month, 7.35 USD: × 150 = 1,102.5 → 1,103; × 156.25 = 1,148.4375 → 1,148.
    const e = getEstimate({
      kind: 'estimate',
      model: 'amazon.nova-lite-v1:0',
      region: 'ap-northeast-1',
      inputTokens: '50000000',
      outputTokens: '10000000',
      schedule: 'weekdays 9-18',
      units: '1',
      month: '',
      jpyPerUsd: '150',
    });
    if (!e.ok) throw new Error(say(e.message));
    expect(e.rows[0]).toMatchObject({ option: 'ondemand', region: 'us-east-1', total: '7.35', totalJpy: '1103' });
    expect([e.low, e.high, e.lowJpy, e.highJpy]).toEqual(['7.35', '40151.95', '1103', '6022793']); // 40,151.95 × 150 = 6,022,792.5
    expect(e.formula).toBe('=BEDROCK_ESTIMATE("Amazon Nova Lite", "ap-northeast-1", 50000000, 10000000, "weekdays 9-18", 1)');
    expect(yen('7.35', '156.25')).toBe('1148');
    expect(yen('21.18', '0.5')).toBe('11'); // 10.59 → 11
    expect(yen(null, '150')).toBeNull();
    // A bad schedule is the function's own message, against its field.
    const bad = getEstimate({ kind: 'estimate', model: 'amazon.nova-lite-v1:0', schedule: 'sometimes' });
    expect(bad.ok ? '' : bad.field).toBe('schedule');
  });
});
