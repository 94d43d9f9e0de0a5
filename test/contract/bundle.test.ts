/**
 * The contract with Apps Script: dist/ loaded into one vm context, as Apps Script loads a project, exposes exactly
 * the public functions as top-level declarations with documented parameters, and each answers scalars, ranges,
 * blanks and bad input the way the README promises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { join } from 'node:path';
import { FakeSpreadsheet, gasFakes } from '../../scripts/lib/gas-fakes';
import { DIST, loadBundle, type Bundle } from '../support/bundle';
import { errorMessage as message } from '../support/messages';

/** Cell functions: autocomplete needs @customfunction. */
const CUSTOM_FUNCTIONS = [
  'BEDROCK_FT_COST',
  'BEDROCK_STORAGE_COST',
  'BEDROCK_PT_MONTHLY',
  'BEDROCK_ONDEMAND_COST',
  'BEDROCK_CMI_COST',
  'BEDROCK_CMI_STORAGE',
  'BEDROCK_RFT_COST',
  'BEDROCK_RATE',
  'BEDROCK_RATE_INFO',
  'BEDROCK_MODELS',
  'BEDROCK_MODEL_STATUS',
  'BEDROCK_PRICES_AS_OF',
  'BEDROCK_RATE_HISTORY',
  'BEDROCK_COMPARE',
  'BEDROCK_BREAKEVEN_HOURS',
  'BEDROCK_CMI_MONTHLY',
  'BEDROCK_BREAKEVEN_TOKENS',
  'BEDROCK_ESTIMATE',
  'BEDROCK_MONTHLY_RANGE',
];

/** Menu callbacks and google.script.run targets: documented too, but not cell functions. */
const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'insertBudgetTemplate',
  'aboutPrices',
  'getSidebarModel',
  'getQuote',
  'getComparison',
  'getEstimate',
  'setExchangeRate',
  'insertFormula',
  'insertValue',
];

/** The JSDoc block right above `function name(…)`, and the parameter names of the declaration. */
function declaration(name: string): { doc: string; params: string[]; documented: string[] } | null {
  const decl = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(code);
  if (!decl) return null;
  const [, doc, params] = decl;
  return {
    doc: doc!,
    params: params!
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    documented: [...doc!.matchAll(/@param \{[^}]+\} \[?(\w+)/g)].map((m) => m[1]!),
  };
}

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
let gas: Bundle;
beforeAll(() => {
  gas = loadBundle();
});

function call(name: string, ...args: unknown[]): unknown {
  return gas[name]!(...args);
}

describe('the shape Apps Script needs', () => {
  test('no ES module syntax survives', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  test.each(CUSTOM_FUNCTIONS)('%s is a top-level function declaration with JSDoc and real parameter names', (name) => {
    expect(typeof gas[name]).toBe('function');
    const d = declaration(name);
    expect(d).not.toBeNull();
    expect(d!.doc).toContain('@customfunction');
    expect(d!.doc).toContain('@return');
    expect(d!.documented).toEqual(d!.params);
  });

  test.each(ENTRY_POINTS)('%s is a documented top-level function, not offered as a cell function', (name) => {
    expect(typeof gas[name]).toBe('function');
    const d = declaration(name);
    expect(d).not.toBeNull();
    expect(d!.doc).not.toContain('@customfunction');
    expect(d!.documented).toEqual(d!.params);
  });

  test('only the public names (and the bundle object) become globals', () => {
    const globals = Object.keys(gas).filter((k) => k !== 'console');
    expect(globals.sort()).toEqual(['AddonLib', ...CUSTOM_FUNCTIONS, ...ENTRY_POINTS].sort());
  });
});

describe('cells do not compile the UI server code (issue 12 §3)', () => {
  /** A fresh execution whose HtmlService counts the files it is asked for. */
  function execution(): { gas: Bundle; asked: string[] } {
    const fakes = gasFakes(new FakeSpreadsheet(['Sheet1']), { locale: 'en', dist: DIST });
    const asked: string[] = [];
    const html = fakes.globals.HtmlService;
    const HtmlService = {
      ...html,
      createHtmlOutputFromFile: (name: string) => {
        asked.push(name);
        return html.createHtmlOutputFromFile(name);
      },
    };
    return { gas: loadBundle({ ...fakes.globals, HtmlService }), asked };
  }

  test('the budget template and the sidebar server are in dist/UiServer.html, not in the script files', () => {
    const ui = readFileSync(join(DIST, 'UiServer.html'), 'utf8');
    // Words ship packed (scripts/lib/pack.ts), so look for code: the template's validation rule (src/ui/menu-items.ts), the
    // code of an insert message (src/ui/sidebar-server.ts) and the budget template's words as a section.
    for (const text of ['requireFormulaSatisfied', '"insert.no-cell"', 'getCurrentCell']) {
      expect(ui).toContain(text);
      expect(code).not.toContain(text);
    }
  });

  test('cell functions and onOpen never load it', () => {
    const { gas, asked } = execution();
    expect(gas.BEDROCK_PT_MONTHLY!('Llama 2 13B', 1, '1 month', 744)).toBe(15757.92);
    expect(gas.BEDROCK_COMPARE!('Llama 2 13B')).toHaveLength(4);
    gas.onOpen!({ authMode: 'NONE' });
    expect(asked).toEqual([]);
  });

  test('a UI entry point loads it once per execution, and it adds no global name', () => {
    const { gas, asked } = execution();
    const before = Object.keys(gas).sort();
    const first = gas.getSidebarModel!('en') as { lang: string };
    const again = gas.getSidebarModel!('ja') as { lang: string };
    expect([first.lang, again.lang]).toEqual(['en', 'ja']);
    expect(gas.getQuote!({ kind: 'pt', model: 'Llama 2 13B', term: '1m', hours: '744' })).toMatchObject({ total: '15757.92' }); // 21.18 × 744, as the sidebar's exact decimal string
    expect(asked).toEqual(['UiServer']);
    expect(Object.keys(gas).sort()).toEqual(before);
  });
});

describe('scalars', () => {
  test("the seed's Llama 2 example", () => {
    expect(call('BEDROCK_PT_MONTHLY', 'Llama 2 13B', 1, '1 month', 744)).toBe(15757.92);
    expect(call('BEDROCK_PT_MONTHLY', 'meta.llama2-13b-v1', 1, '1m', 720)).toBe(15249.6);
    expect(call('BEDROCK_PT_MONTHLY', 'Llama 2 70B', 2, 6, 730)).toBe(13.08 * 2 * 730);
  });

  test('fine-tuning: Nova Micro in us-east-1 and Llama 3.1 8B, trained only in us-west-2', () => {
    expect(call('BEDROCK_FT_COST', 'Nova Micro', 10000000, 2)).toBe(20);
    expect(call('BEDROCK_FT_COST', 'Llama 3.1 8B', 2000000, 3)).toBe(8.94);
    expect(call('BEDROCK_FT_COST', 'llama 3.1 8b instruct', 2000000, 3, 'Oregon')).toBe(8.94);
  });

  test('storage, on-demand, RFT and Custom Model Import', () => {
    expect(call('BEDROCK_STORAGE_COST', 'Nova Lite', 12)).toBe(23.4);
    expect(call('BEDROCK_ONDEMAND_COST', 'Nova Micro', 17600000, 1320000)).toBe(0.8008);
    expect(call('BEDROCK_RFT_COST', 'Nova 2 Lite', 5)).toBe(400);
    expect(call('BEDROCK_CMI_COST', 'Llama 3.1 8B 128K', 7)).toBe(1.1436);
    expect(call('BEDROCK_CMI_COST', 2, 7, 1, 'us-west-2')).toBe(1.1436);
    expect(call('BEDROCK_CMI_STORAGE', 'Llama 3.1 8B 128K', 12)).toBe(46.8);
  });

  test('a price in the last argument replaces the book (a negotiated price or a model the book lacks)', () => {
    expect(call('BEDROCK_PT_MONTHLY', 'Llama 2 13B', 1, '1m', 744, undefined, 20)).toBe(14880);
    expect(call('BEDROCK_FT_COST', 'my private model', 1000000, 1, undefined, 0.002)).toBe(2);
  });

  test('rates and their sources', () => {
    expect(call('BEDROCK_RATE', 'Nova Micro', 'training')).toBe(0.001);
    expect(call('BEDROCK_RATE', 'Llama 2 13B', 'pt', 'us-east-1', '1 month')).toBe(21.18);
    const info = call('BEDROCK_RATE_INFO', 'Nova Micro', 'training') as unknown[][];
    expect(info).toHaveLength(1);
    expect(info[0]!.slice(0, 5)).toEqual([0.001, 'per 1,000 tokens', 'us-east-1', '', '2026-01-14']);
    expect(info[0]![5]).toMatch(/Price List.*USE1-NovaMicro-Customization-Training/);
    // The oldest and newest `checked` dates of current prices (Cohere Embed PT from the 2025-02-28 pricing page;
    // Custom Model Import in us-east-1 from the 2026-09-11 offer), and the date most share (the 2026-01-14 offer).
    expect(call('BEDROCK_PRICES_AS_OF')).toBe('checked 2025-02-28 – 2026-09-11 (most 2026-01-14)');
  });

  test('model status in words', () => {
    expect(call('BEDROCK_MODEL_STATUS', 'Nova Micro')).toBe('Active');
    expect(call('BEDROCK_MODEL_STATUS', 'Llama 3.1 8B')).toBe('Legacy — end of life 2027-03-30');
    expect(call('BEDROCK_MODEL_STATUS', 'Llama 2 13B')).toMatch(/^End of life since 2024-10-30 \(replacement: .+\)$/);
  });

  test('the model table has a header row and filters', () => {
    const all = call('BEDROCK_MODELS') as string[][];
    expect(all[0]).toEqual(['ID', 'Name', 'Provider', 'What is priced', 'Regions']);
    const nova = call('BEDROCK_MODELS', 'nova') as string[][];
    expect(nova.length).toBeGreaterThan(3);
    expect(nova.slice(1).every((r) => /nova/i.test(r[0]! + r[1]!))).toBe(true);
    const oregon = call('BEDROCK_MODELS', 'llama', 'us-west-2') as string[][];
    expect(oregon.slice(1).every((r) => r[4]!.includes('us-west-2'))).toBe(true);
  });
});

describe('ranges and blanks', () => {
  test('a column of tokens gives a column of costs, and a blank row gives a blank', () => {
    const out = call('BEDROCK_FT_COST', 'Nova Micro', [[1000000], [''], [5000000]], 2);
    expect(out).toEqual([[2], [''], [10]]);
  });

  test('a row of terms broadcasts against a column of hours', () => {
    const out = call('BEDROCK_PT_MONTHLY', 'Llama 2 13B', 1, [['none', '1m', '6m']], [[720], [744]]);
    expect(out).toEqual([
      [16920, 15249.6, 9417.6],
      [17484, 15757.92, 9731.52],
    ]);
  });

  test('a column of models for status', () => {
    expect(call('BEDROCK_MODEL_STATUS', [['Nova Lite'], ['Nova Pro']])).toEqual([['Active'], ['Active']]);
  });

  test('RATE_INFO gives one row per model', () => {
    const out = call('BEDROCK_RATE_INFO', [['Nova Micro'], ['Nova Lite']], 'training') as unknown[][];
    expect(out.map((r) => r[0])).toEqual([0.001, 0.002]);
  });
});

describe('bad input gets a clear error and nothing else', () => {
  test('unknown model lists the closest names', () => {
    const m = message(() => call('BEDROCK_FT_COST', 'Nova Mikro', 1000));
    expect(m).toMatch(/Unknown model "Nova Mikro"/);
    expect(m).toMatch(/Amazon Nova Micro/);
  });

  test('a missing price says where it is priced and that the last argument takes a price', () => {
    const m = message(() => call('BEDROCK_FT_COST', 'Llama 3.1 8B', 1000, 1, 'us-east-1'));
    expect(m).toMatch(/us-west-2/);
    expect(m).toMatch(/last argument/);
  });

  test('Tokyo has no Nova fine-tuning price, and says so', () => {
    const m = message(() => call('BEDROCK_FT_COST', 'Nova Lite', 1000, 1, 'Tokyo'));
    expect(m).toMatch(/ap-northeast-1/);
    expect(m).toMatch(/us-east-1/);
  });

  test('negative, text and boolean quantities', () => {
    expect(message(() => call('BEDROCK_FT_COST', 'Nova Micro', -5))).toMatch(/training_tokens must be zero or more/);
    expect(message(() => call('BEDROCK_FT_COST', 'Nova Micro', 'lots'))).toMatch(/training_tokens must be a number/);
    expect(message(() => call('BEDROCK_PT_MONTHLY', 'Nova Micro', true))).toMatch(/model_units must be a number; got TRUE/);
    expect(message(() => call('BEDROCK_PT_MONTHLY', 'Nova Micro', 1.5))).toMatch(/whole number/);
    expect(message(() => call('BEDROCK_PT_MONTHLY', 'Nova Micro', 1, '3 months'))).toMatch(/Unknown term "3 months"/);
    expect(message(() => call('BEDROCK_FT_COST', 'Nova Micro', 1000, 1, 'Atlantis'))).toMatch(/Unknown region "Atlantis"/);
  });

  test('an error inside a range names its row', () => {
    expect(message(() => call('BEDROCK_FT_COST', 'Nova Micro', [[1000], [-1]]))).toMatch(/^Row 2 of the range: /);
  });

  test('a missing required argument', () => {
    expect(message(() => call('BEDROCK_FT_COST', 'Nova Micro'))).toMatch(/training_tokens is missing/);
    expect(message(() => call('BEDROCK_FT_COST', '', 1000))).toMatch(/model is missing/);
  });

  test('numbers typed as text are numbers', () => {
    expect(call('BEDROCK_FT_COST', 'Nova Micro', '1,000,000', '2')).toBe(2);
  });
});

describe('budgeting: compare hosting options and find break-evens (issue 5)', () => {
  const HEADER = ['Option', 'Price per MU-hour (USD)', 'Billed hours', 'Hosting (USD)', 'Storage (USD)', 'Monthly total (USD)', 'Note'];

  test('BEDROCK_COMPARE: Llama 2 13B around the clock, cheapest first', () => {
    expect(call('BEDROCK_COMPARE', 'Llama 2 13B')).toEqual([
      HEADER,
      ['6-month commitment', 13.08, 720, 9417.6, 1.95, 9419.55, ''],
      ['1-month commitment', 21.18, 720, 15249.6, 1.95, 15251.55, ''],
      ['No commitment', 23.5, 720, 16920, 1.95, 16921.95, ''],
    ]);
  });

  test('BEDROCK_COMPARE: working hours, blanks for defaults, text numbers, a one-cell range', () => {
    const eight = call('BEDROCK_COMPARE', 'Llama 2 13B', 1, 8, 30, 'us-east-1') as unknown[][];
    expect(eight[1]).toEqual(['No commitment', 23.5, 240, 5640, 1.95, 5641.95, '']);
    expect(call('BEDROCK_COMPARE', [['Llama 2 13B']], '', '8', '', 'N. Virginia')).toEqual(eight);
  });

  test('BEDROCK_COMPARE: options the book does not price come last with a note, never a 0', () => {
    const chat = call('BEDROCK_COMPARE', 'Llama 2 Chat 13B') as unknown[][];
    expect(chat[3]).toEqual(['No commitment', '', 720, '', '', '', 'Not priced in us-east-1. Not priced in any region.']);
    // No custom-model storage for it: hosting is shown, storage and total are left blank and the note says why.
    expect(chat[1]!.slice(0, 6)).toEqual(['6-month commitment', 13.08, 720, 9417.6, '', '']);
    expect(chat[1]![6]).toMatch(
      /^Custom model storage is not priced in us-east-1\. .*No total without it\. For base-model hosting write "base:Meta Llama 2 Chat 13B"\.$/,
    );
    const sonnet = call('BEDROCK_COMPARE', 'base:Claude 3 Sonnet', 1, 24, 30, 'sa-east-1') as unknown[][];
    expect(sonnet.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['6-month commitment', 74, 720, 53280, 0, 53280],
      ['No commitment', 149, 720, 107280, 0, 107280],
      ['1-month commitment', '', 720, '', '', ''],
    ]);
    const tokyo = call('BEDROCK_COMPARE', 'Nova Micro', 1, 24, 30, 'Tokyo') as unknown[][];
    expect(tokyo.slice(1).map((r) => r[0])).toEqual(['No commitment', '1-month commitment', '6-month commitment']);
    expect(tokyo[1]![6]).toMatch(/^Not priced in ap-northeast-1: AWS does not sell it \(.*\)\. Priced in: us-east-1\.$/);
  });

  test('BEDROCK_COMPARE: ranges and bad input', () => {
    expect(message(() => call('BEDROCK_COMPARE', 'Llama 2 13B', 1, [[8], [24]]))).toBe(
      'BEDROCK_COMPARE returns a whole table, so it takes single values, not ranges.',
    );
    expect(message(() => call('BEDROCK_COMPARE', 'Llama 2 13B', 1, 25))).toBe('hours_per_day must be hours from 0 to 24; got 25.');
    expect(message(() => call('BEDROCK_COMPARE', ''))).toMatch(/^model is missing/);
    expect(message(() => call('BEDROCK_COMPARE', 'Lama 2 13'))).toMatch(/^Unknown model "Lama 2 13"/);
  });

  test("BEDROCK_BREAKEVEN_HOURS: the issue's 21.63 hours a day, a column with a blank, models × terms", () => {
    expect(call('BEDROCK_BREAKEVEN_HOURS', 'Llama 2 13B')).toBe(21.63063829787234); // 24 × 21.18 ÷ 23.5
    expect(call('BEDROCK_BREAKEVEN_HOURS', 'Llama 2 13B', '1 month', 'us-east-1')).toBe(21.63063829787234);
    expect(call('BEDROCK_BREAKEVEN_HOURS', 'Llama 3.1 8B')).toBe(21.18); // only in us-west-2: 24 × 21.18 ÷ 24
    const column = call('BEDROCK_BREAKEVEN_HOURS', [['Llama 2 13B'], [''], ['Llama 3.1 8B']]) as number[][];
    expect(column).toEqual([[21.63063829787234], [''], [21.18]]);
    const grid = call('BEDROCK_BREAKEVEN_HOURS', [['Llama 2 13B'], ['Llama 2 70B']], [['1m', '6m']]) as number[][];
    expect(grid[0]![0]).toBe(21.63063829787234);
    expect(grid[1]![1]).toBeCloseTo(13.3582979, 7); // 24 × 13.08 ÷ 23.5
  });

  test('BEDROCK_BREAKEVEN_HOURS: an error names the missing price', () => {
    expect(message(() => call('BEDROCK_BREAKEVEN_HOURS', 'Llama 2 Chat 13B'))).toBe(
      'The Provisioned Throughput (no commitment) price of Meta Llama 2 Chat 13B in us-east-1 is not in the price book. Provisioned Throughput is priced for: 1 month, 6 months.',
    );
    expect(message(() => call('BEDROCK_BREAKEVEN_HOURS', [['Llama 2 13B'], ['Claude 3 Sonnet']], '1m', 'sa-east-1'))).toMatch(
      /^Row 1 of the range: The Provisioned Throughput \(1 month\) price of Meta Llama 2 13B in sa-east-1/,
    );
    expect(message(() => call('BEDROCK_BREAKEVEN_HOURS', 'Llama 2 13B', 'none'))).toMatch(/term must be a commitment/);
  });

  test('BEDROCK_CMI_MONTHLY: hand-worked month, a column of hours, blanks', () => {
    expect(call('BEDROCK_CMI_MONTHLY', 'Llama 3.1 8B 128K', 8)).toBe(1650.684); // 2,880 × 5 × 2 × 0.05718 + 2 × 1.95
    expect(call('BEDROCK_CMI_MONTHLY', 2, [[8], [''], [0]], '', 30, 'us-east-1')).toEqual([[1650.684], [''], [3.9]]);
    expect(message(() => call('BEDROCK_CMI_MONTHLY', 2))).toMatch(/^active_hours_per_day is missing/);
    expect(message(() => call('BEDROCK_CMI_MONTHLY', 2, 8, 1, 30, 'Tokyo'))).not.toMatch(/last argument/);
  });

  test('BEDROCK_BREAKEVEN_TOKENS: Nova Micro at 30M tokens a minute per unit, and the mix argument', () => {
    expect(call('BEDROCK_BREAKEVEN_TOKENS', 'Nova Micro', 30000000)).toBe(655510204081.6327); // 40,150 ÷ 6.125e-8
    expect(call('BEDROCK_BREAKEVEN_TOKENS', 'Nova Micro', 30000000, '1 month', 'us-east-1', '3:1')).toBe(655510204081.6327);
    expect(call('BEDROCK_BREAKEVEN_TOKENS', 'Nova Micro', 30000000, '', '', 0.5)).toBe(458857142857.1429); // 40,150 ÷ 8.75e-8
    expect(call('BEDROCK_BREAKEVEN_TOKENS', 'Nova Micro', [[30000000], [20000000]])).toEqual([[655510204081.6327], [1966530612244.898]]);
  });

  test('BEDROCK_BREAKEVEN_TOKENS: never cheaper, and missing prices, are errors that say why', () => {
    expect(message(() => call('BEDROCK_BREAKEVEN_TOKENS', 'Nova Micro', 1000000))).toMatch(
      /^For Amazon Nova Micro in us-east-1 \(1 month, 75% input\), Provisioned Throughput is never cheaper than on demand at 1,000,000 tokens a minute per unit: .* It would need more than 14,965,986 tokens a minute per unit\.$/,
    );
    expect(message(() => call('BEDROCK_BREAKEVEN_TOKENS', 'Llama 3.3 70B', 1000000))).toMatch(
      /AWS does not sell it: Llama 3\.3 70B has no Provisioned Throughput/,
    );
    expect(message(() => call('BEDROCK_BREAKEVEN_TOKENS', 'Llama 2 13B', 1000000))).toMatch(
      /on-demand input tokens price of Meta Llama 2 13B/,
    );
    expect(message(() => call('BEDROCK_BREAKEVEN_TOKENS', 'Nova Micro', 1000000, '1m', '', 2))).toMatch(
      /^input_share must be the share of input tokens/,
    );
    expect(message(() => call('BEDROCK_BREAKEVEN_TOKENS', 'Nova Micro'))).toMatch(/^tokens_per_minute_per_unit is missing/);
  });
});

describe('the cold room: the full add-on is compiled only for a call that is not plain (issue 12 §3)', () => {
  /** dist/*.js in a fresh context whose Function constructor records what it is asked to compile. */
  function execution(): { gas: Bundle; built: () => string[] } {
    const context = vm.createContext({ console });
    vm.runInContext(
      `(() => { const F = Function; globalThis.__built = []; globalThis.Function = function (...a) { __built.push(String(a[a.length - 1])); return F(...a); }; })();`,
      context,
    );
    for (const file of readdirSync(DIST).filter((f) => f.endsWith('.js'))) vm.runInContext(readFileSync(join(DIST, file), 'utf8'), context);
    return { gas: context as Bundle, built: () => [...(vm.runInContext('__built', context) as string[])] };
  }

  test('plain price calls compile nothing more', () => {
    const { gas, built } = execution();
    expect(gas.BEDROCK_PT_MONTHLY!('Llama 2 13B', 1, '1 month', 744)).toBe(15757.92);
    expect(gas.BEDROCK_PT_MONTHLY!('Llama 2 13B', 1, '1 month', 744, 'us-east-1')).toBe(15757.92);
    // 1,000,000 tokens × 2 epochs ÷ 1,000 × 0.001 USD (Nova Micro) = 2
    expect(gas.BEDROCK_FT_COST!('Nova Micro', 1e6, 2)).toBe(2);
    expect(built()).toEqual([]);
  });

  test('a range or an error compiles the full add-on, once', () => {
    const { gas, built } = execution();
    expect(gas.BEDROCK_FT_COST!('Nova Micro', [[1000], [2000]], 2)).toEqual([[0.002], [0.004]]);
    expect(() => gas.BEDROCK_PT_MONTHLY!('Llama 9')).toThrow(/Unknown model/);
    expect(built()).toHaveLength(1);
  });

  test('the first monthly call compiles the room once; later calls in the execution reuse it', () => {
    const { gas, built } = execution();
    // 1-month term over a 31-day month: 21.18 USD × 744 h = 15,757.92; + 1.95 USD storage = 15,759.87.
    expect((gas.BEDROCK_COMPARE!('Llama 2 13B', 1, 24, 31) as unknown[][])[2]!.slice(0, 6)).toEqual([
      '1-month commitment',
      21.18,
      744,
      15757.92,
      1.95,
      15759.87,
    ]);
    expect(built()).toHaveLength(1);
    expect(built()[0]).toContain('var ColdRoom');
    expect((gas.BEDROCK_ESTIMATE!('Nova Lite', 'ap-northeast-1', 50e6, 10e6, 'weekdays 9-18') as unknown[][])[1]![5]).toBe(7.35);
    expect(built()).toHaveLength(1);
  });
});
