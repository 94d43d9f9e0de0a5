/**
 * The budget template as data: one custom model end to end — inputs, every hosting option side by side (one
 * BEDROCK_ESTIMATE table), then the costs of the option the user picks — in English or Japanese. The menu writes it
 * into a new sheet (menu.ts); the local preview and the formula-engine test load the very same cells, so what they
 * evaluate is what users get.
 *
 * Nothing falls back silently: the option picked must be one of the table's (a drop-down that rejects anything else,
 * and formulas that give #N/A otherwise), an option without a total gives #N/A totals with the reason beside them,
 * and a tax rate of 8 (800 %) or an exchange rate that is not a positive number is refused by the cell and by the
 * formulas, with a hint in the note column.
 */
import { OPTION_LABEL, ESTIMATE_OPTIONS } from '../core/estimate';
import { msg } from '../core/message';
import { word } from '../messages/catalogue';
import type { KeysOf } from '../messages/section';
import type { template } from '../messages/template';
import type { Lang } from './sidebar-types';

export type CellContent = string | number;

export interface BudgetTemplate {
  /** The sheet name to use; a number is appended when a sheet of that name exists. */
  sheetName: string;
  /** Rows of cell contents from A1; a string starting with "=" is a formula. */
  values: CellContent[][];
  /** Number formats by A1 range (Sheets syntax). */
  formats: { range: string; format: string }[];
  /** Cell notes (the hover text of a cell). */
  notes: { cell: string; note: string }[];
  /** Header and total ranges, drawn bold. */
  bold: string[];
  /** Input cells, shaded so it is clear what to change. */
  inputs: string[];
  /** Drop-down lists; anything not in the list is rejected, with the help text shown. */
  choices: { cell: string; values: string[]; help: string }[];
  /** Cells whose value must satisfy a formula (TRUE); anything else is rejected, with the help text shown. */
  rules: { cell: string; formula: string; help: string }[];
  /** Column widths in pixels, from column A. */
  widths: number[];
  /** Where things are, for code that reads or replaces a cell (the preview, the tests). */
  cells: {
    model: string;
    region: string;
    schedule: string;
    month: string;
    hosting: string;
    fxRate: string;
    fxNote: string;
    taxRate: string;
    taxNote: string;
    /** The BEDROCK_ESTIMATE table's top-left cell (its header row). */
    options: string;
    picked: string;
    training: string;
    storage: string;
    hostingCost: string;
    firstMonth: string;
    monthly: string;
    monthlyHow: string;
    year: string;
  };
}

/** The exchange-rate lookup Sheets can do by itself (not available in the formula engine of the tests and preview). */
export const FX_FORMULA = '=GOOGLEFINANCE("CURRENCY:USDJPY")';

const USD = '"$"#,##0.00';
const JPY = '"¥"#,##0';
const COUNT = '#,##0';
const PERCENT = '0%';

type TemplateKey = KeysOf<typeof template>;

const LANGS: Lang[] = ['en', 'ja'];

/** A text as a formula string literal (no double quotes inside: not every engine reads "" as one). */
function q(s: string): string {
  if (s.includes('"')) throw new Error(`budget template: a formula text may not contain a double quote: ${s}`);
  return `"${s}"`;
}

/** The option labels in one language, in ESTIMATE_OPTIONS order. */
function labels(lang: Lang): string[] {
  return ESTIMATE_OPTIONS.map((o) => word(OPTION_LABEL[o], lang));
}
/** {"On-demand";"No commitment";…}: a column, so INDEX(…, i) is its i-th label in every engine. */
const arrayOf = (lang: Lang) => `{${labels(lang).map(q).join(';')}}`;

/** The table's header row and first/last option rows. */
const TABLE_ROW = 19;
const FIRST = TABLE_ROW + 1;
const LAST = TABLE_ROW + ESTIMATE_OPTIONS.length;
const TABLE_WIDTH = 7;
const col = (c: string) => `$${c}$${FIRST}:$${c}$${LAST}`;

/**
 * Layout (A: label, B: value or USD, C: note or USD incl. tax, D: JPY incl. tax, E: how): rows 4–16 inputs, row 19
 * the BEDROCK_ESTIMATE table (A–G, header and five options), rows 26–33 costs.
 */
export function budgetTemplate(lang: Lang = 'en'): BudgetTemplate {
  const t = (key: TemplateKey): string => word(msg(`template.${key}`), lang);
  // The fixed-rate note around the rate the user typed: the text before and after it, for a formula that joins B15 in.
  const [fxBefore, fxAfter] = word(msg('template.fxFixed', { rate: '\u0000' }), lang).split('\u0000') as [string, string];
  // The option picked may be in either language and the table is worded in the spreadsheet's: find the picked
  // option's place in ESTIMATE_OPTIONS by either language's label, then the table row with either label.
  const index = `IFERROR(MATCH($B$14,${arrayOf('en')},0),MATCH($B$14,${arrayOf('ja')},0))`;
  const row = LANGS.map((l) => `MATCH(INDEX(${arrayOf(l)},${index}),${col('A')},0)`);
  const picked = `=IFERROR(${row[0]},${row[1]})`;
  const isCmi = `OR(${LANGS.map((l) => `$B$14=${q(word(OPTION_LABEL.cmi, l))}`).join(',')})`;
  const taxOk = 'AND(ISNUMBER($B$16),$B$16>=0,$B$16<1)';
  const fxOk = 'AND(ISNUMBER($B$15),$B$15>0)';
  const ofPicked = (c: string) => `=IF(ISNUMBER(INDEX(${col('F')},$B$27)),INDEX(${col(c)},$B$27),NA())`;
  const costRow = (label: string, usd: string, how: string, r: number): CellContent[] => [
    label,
    usd,
    `=IF(${taxOk},B${r}*(1+$B$16),NA())`,
    `=IF(${fxOk},C${r}*$B$15,NA())`,
    how,
  ];
  const blank = (): CellContent[] => ['', '', '', '', ''];
  const values: CellContent[][] = [
    [t('title'), '', '', '', ''],
    [t('asOf'), '=BEDROCK_PRICES_AS_OF()', '', '', ''],
    blank(),
    [t('inputs'), t('value'), t('notes'), '', ''],
    [t('model'), 'Amazon Nova Lite', t('modelNote'), '', ''],
    [t('region'), 'us-east-1', t('regionNote'), '', ''],
    [t('tokens'), 10000000, '', '', ''],
    [t('epochs'), 2, '', '', ''],
    [t('inTokens'), 50000000, '', '', ''],
    [t('outTokens'), 10000000, '', '', ''],
    [t('schedule'), '24/7', t('scheduleNote'), '', ''],
    [t('units'), 1, '', '', ''],
    [t('month'), '', t('monthNote'), '', ''],
    [t('hosting'), word(OPTION_LABEL['1m'], lang), t('hostingNote'), '', ''],
    [t('fx'), FX_FORMULA, `=IF(ISFORMULA(B15),${q(t('fxLooked'))},IF(${fxOk},${q(fxBefore)}&B15&${q(fxAfter)},${q(t('fxBad'))}))`, '', ''],
    [t('tax'), 0.1, `=IF(${taxOk},${q(t('taxNote'))},${q(t('taxBad'))})`, '', ''],
    blank(),
    [t('options'), '', '', '', ''],
    ['=BEDROCK_ESTIMATE(B5, B6, B9, B10, B11, B12, B13)', '', '', '', ''],
    ...ESTIMATE_OPTIONS.map(blank),
    blank(),
    [t('costs'), t('usd'), t('usdTax'), t('jpyTax'), t('how')],
    [t('picked'), picked, '', '', t('pickedHow')],
    costRow(t('training'), `=IF(${isCmi},0,BEDROCK_FT_COST(B5,B7,B8,INDEX(${col('B')},$B$27)))`, t('trainingHow'), 28),
    costRow(t('storage'), ofPicked('E'), t('storageHow'), 29),
    costRow(t('hostingCost'), ofPicked('D'), t('hostingHow'), 30),
    costRow(t('firstMonth'), '=B28+B29+B30', '', 31),
    costRow(t('monthly'), '=B29+B30', `=IF(ISNUMBER(B32),${q(t('monthlyHow'))},${q(t('noTotal'))})`, 32),
    costRow(t('year'), '=B28+12*B32', t('yearHow'), 33),
  ];
  // Every row as wide as the table (A–G), so the sheet's written block is one rectangle.
  for (const r of values) while (r.length < TABLE_WIDTH) r.push('');
  return {
    sheetName: t('sheet'),
    values,
    formats: [
      { range: 'B7', format: COUNT },
      { range: 'B9:B10', format: COUNT },
      // Plain text: Sheets would read a typed 9-18 or 24/7 as a date.
      { range: 'B11', format: '@' },
      { range: 'B15', format: '0.00' },
      { range: 'B16', format: PERCENT },
      { range: `D${FIRST}:F${LAST}`, format: USD },
      { range: 'B27', format: '0' },
      { range: 'B28:C33', format: USD },
      { range: 'D28:D33', format: JPY },
    ],
    notes: [
      { cell: 'B2', note: t('asOfNote') },
      { cell: 'B15', note: t('fxHelp') },
      { cell: 'B16', note: t('taxHelp') },
      { cell: 'B28', note: t('asOfNote') },
    ],
    bold: ['A1', 'A4:C4', 'A18', `A${TABLE_ROW}:G${TABLE_ROW}`, 'A26:E26', 'A31:D33'],
    inputs: ['B5:B16'],
    choices: [{ cell: 'B14', values: labels(lang), help: t('hostingHelp') }],
    rules: [
      { cell: 'B15', formula: '=AND(ISNUMBER(B15),B15>0)', help: t('fxHelp') },
      { cell: 'B16', formula: '=AND(ISNUMBER(B16),B16>=0,B16<1)', help: t('taxHelp') },
    ],
    widths: [300, 160, 220, 120, 120, 150, 420],
    cells: {
      model: 'B5',
      region: 'B6',
      schedule: 'B11',
      month: 'B13',
      hosting: 'B14',
      fxRate: 'B15',
      fxNote: 'C15',
      taxRate: 'B16',
      taxNote: 'C16',
      options: `A${TABLE_ROW}`,
      picked: 'B27',
      training: 'B28',
      storage: 'B29',
      hostingCost: 'B30',
      firstMonth: 'B31',
      monthly: 'B32',
      monthlyHow: 'E32',
      year: 'B33',
    },
  };
}

/** "Bedrock budget", or "Bedrock budget (2)", … — the first name no sheet has; a user's sheet is never overwritten. */
export function freeSheetName(base: string, taken: string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** A1 "B22" → zero-based { row: 21, col: 1 }. */
export function cellIndex(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`Not a cell: ${a1}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
