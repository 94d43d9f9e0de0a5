/**
 * The contract with Apps Script: dist/ loaded into one vm context, as Apps Script loads a project, exposes exactly
 * the public functions as top-level declarations with documented parameters, and each answers scalars, ranges,
 * blanks and bad input the way the README promises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, loadBundle, type Bundle } from '../support/bundle';

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
];

/** Menu callbacks and google.script.run targets: documented too, but not cell functions. */
const ENTRY_POINTS = ['onOpen', 'onInstall', 'showSidebar', 'insertBudgetTemplate', 'aboutPrices', 'getSidebarModel', 'getQuote', 'insertFormula', 'insertValue'];

/** The JSDoc block right above `function name(…)`, and the parameter names of the declaration. */
function declaration(name: string): { doc: string; params: string[]; documented: string[] } | null {
  const decl = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(code);
  if (!decl) return null;
  const [, doc, params] = decl;
  return {
    doc: doc!,
    params: params!.split(',').map((p) => p.trim()).filter(Boolean),
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
    expect(call('BEDROCK_PRICES_AS_OF')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
  const message = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected an error');
  };

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
