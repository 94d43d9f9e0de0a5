/**
 * The budget template the menu inserts, evaluated by a real formula engine with the built bundle's functions, and
 * checked against numbers worked by hand from rates/prices.json. Only the exchange-rate lookup (GOOGLEFINANCE, which
 * only Google Sheets has) is replaced by a fixed rate.
 */
import type { HyperFormula } from 'hyperformula';
import { buildEngine, type SheetFunction } from '../../scripts/lib/formula-engine';
import { budgetTemplate, cellIndex, FX_FORMULA } from '../../src/ui/budget-template';
import type { Lang } from '../../src/ui/sidebar-types';
import { loadBundle } from '../support/bundle';

const gas = loadBundle();
const functions: Record<string, SheetFunction> = {};
for (const name of Object.keys(gas).filter((k) => k.startsWith('BEDROCK_'))) functions[name] = gas[name]!;

function load(lang: Lang) {
  const t = budgetTemplate(lang);
  const hf: HyperFormula = buildEngine(functions, { Budget: t.values.map((row) => [...row]) });
  const at = (a1: string) => ({ sheet: 0, ...cellIndex(a1) });
  const set = (a1: string, v: string | number) => hf.setCellContents(at(a1), v);
  const get = (a1: string) => hf.getCellValue(at(a1));
  expect(get(t.cells.fxRate)).toMatchObject({ type: 'NAME' }); // GOOGLEFINANCE: Sheets only
  set(t.cells.fxRate, 150);
  return { t, set, get };
}

test('the exchange rate defaults to the rate Sheets looks up', () => {
  expect(budgetTemplate('en').values[17]![1]).toBe(FX_FORMULA);
  expect(FX_FORMULA).toBe('=GOOGLEFINANCE("CURRENCY:USDJPY")');
});

test('Nova Lite, fine-tuned and hosted on 1 MU of 1-month Provisioned Throughput in us-east-1', () => {
  const { get } = load('en');
  // When a first-party source last confirmed the current prices (BEDROCK_PRICES_AS_OF).
  expect(get('B2')).toBe('checked 2025-02-28 – 2026-09-11 (most 2026-01-14)');
  expect(get('B22')).toBe(40); // 10,000,000 tokens × 2 epochs ÷ 1,000 × $0.002
  expect(get('B23')).toBe(1.95); // storage per model per month
  expect(get('B24')).toBe(40150); // $55 per MU-hour × 1 MU × 730 h
  expect(get('B25')).toBeCloseTo(40191.95, 9);
  expect(get('B26')).toBeCloseTo(40151.95, 9);
  expect(get('B27')).toBeCloseTo(481863.4, 8); // 40 + 12 × 40,151.95
  expect(get('C22')).toBeCloseTo(44, 10); // 10% tax
  expect(get('D22')).toBeCloseTo(6600, 8); // × ¥150
  expect(get('C27')).toBeCloseTo(530049.74, 6);
  expect(get('D27')).toBeCloseTo(79507461, 4);
});

test('switching hosting to on-demand and to Custom Model Import', () => {
  const { set, get } = load('en');
  set('B9', 'On-demand');
  expect(get('B24')).toBeCloseTo(5.4, 12); // 50M input × $0.00006/1k = 3, 10M output × $0.00024/1k = 2.4
  expect(get('B26')).toBeCloseTo(7.35, 12);
  set('B9', 'Custom Model Import');
  expect(get('B22')).toBe(0); // an imported model is not trained on Bedrock
  expect(get('B23')).toBeCloseTo(3.9, 12); // 2 CMU × $1.95
  expect(get('B24')).toBeCloseTo(548.928, 9); // 960 windows × 5 min × 2 CMU × 1 copy × $0.05718
  expect(get('B27')).toBeCloseTo(12 * 552.828, 8);
});

test('inputs drive the costs: a 6-month term, two model units, no tax', () => {
  const { set, get } = load('en');
  set('B10', 2);
  set('B11', '6 months');
  set('B19', 0);
  expect(get('B24')).toBeCloseTo(30.25 * 2 * 730, 8);
  expect(get('C24')).toBeCloseTo(30.25 * 2 * 730, 8);
});

test('a mistake shows the function message in the cost cell, not a wrong number', () => {
  const { set, get } = load('en');
  set('B6', 'ap-northeast-1');
  const err = get('B22') as { type: string; message: string };
  expect(err.type).toBe('VALUE');
  expect(err.message).toMatch(/not in the price book/);
});

test('the Japanese template computes the same numbers', () => {
  const { set, get } = load('ja');
  expect(get('B24')).toBe(40150);
  set('B9', 'オンデマンド');
  expect(get('B24')).toBeCloseTo(5.4, 12);
  set('B11', '6か月');
  set('B9', 'プロビジョンドスループット');
  expect(get('B24')).toBeCloseTo(30.25 * 730, 8);
});
