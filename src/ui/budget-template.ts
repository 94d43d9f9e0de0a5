/**
 * The budget template as data: one custom model end to end — inputs, then costs computed by the custom functions —
 * in English or Japanese. The menu writes it into a new sheet (menu.ts); the local preview and the formula-engine
 * test load the very same cells, so what they evaluate is what users get.
 */
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
  /** Drop-down lists. */
  choices: { cell: string; values: string[] }[];
  /** Column widths in pixels, from column A. */
  widths: number[];
  /** Where things are, for code that reads or replaces a cell (the preview, the tests). */
  cells: { model: string; region: string; hosting: string; fxRate: string; taxRate: string; training: string; storage: string; hostingCost: string; firstMonth: string; monthly: string; year: string };
}

/** The exchange-rate lookup Sheets can do by itself (not available in the formula engine of the tests and preview). */
export const FX_FORMULA = '=GOOGLEFINANCE("CURRENCY:USDJPY")';

const USD = '"$"#,##0.00';
const JPY = '"¥"#,##0';
const COUNT = '#,##0';
const PERCENT = '0%';

const TEXT = {
  en: {
    sheet: 'Bedrock budget',
    title: 'Amazon Bedrock custom model budget',
    asOf: 'Prices as of',
    asOfNote:
      'Prices come from the price book inside the Bedrock Cost for Sheets add-on: the AWS Price List (AmazonBedrock offer) and the AWS pricing and documentation pages. =BEDROCK_RATE_INFO(model, item) shows the unit price, its date and its source for any line; =BEDROCK_MODELS() lists the models.',
    inputs: 'Inputs',
    value: 'Value',
    notes: 'Notes',
    model: 'Model',
    modelNote: 'A Bedrock model ID, name or alias. =BEDROCK_MODELS() lists them.',
    region: 'Region',
    regionNote: 'A region code, AWS name or city. Fine-tuning is priced in few regions: =BEDROCK_RATE_INFO(B5, "training") says which.',
    tokens: 'Training tokens per epoch',
    epochs: 'Epochs',
    hosting: 'Hosting',
    hostingNote: 'Provisioned Throughput, On-demand (per token) or Custom Model Import.',
    pt: 'Provisioned Throughput',
    ondemand: 'On-demand',
    cmi: 'Custom Model Import',
    units: 'Model units (Provisioned Throughput)',
    term: 'Commitment term (Provisioned Throughput)',
    termNote: 'none (no commitment), 1 month or 6 months.',
    terms: ['none', '1 month', '6 months'],
    hours: 'Hours per month',
    hoursNote: '730 is an average month; 744 = 31 days.',
    inTokens: 'Input tokens per month (on-demand)',
    outTokens: 'Output tokens per month (on-demand)',
    cmiModel: 'Imported model size or CMUs (Custom Model Import)',
    cmiNote: 'A known size ("Llama 3.1 8B 128K"), a CMU count, or "architecture:CMUs".',
    copies: 'Model copies (Custom Model Import)',
    minutes: 'Active minutes per month (Custom Model Import)',
    minutesNote: 'Billed in whole 5-minute windows. 4,800 = 8 hours × 20 days.',
    fx: 'Exchange rate (JPY per USD)',
    fxNote: 'Looked up by Sheets (GOOGLEFINANCE). Type a fixed rate to freeze it.',
    tax: 'Tax rate',
    taxNote: "Japan's consumption tax is 10%. Use 0% if no tax applies.",
    costs: 'Costs',
    usd: 'USD',
    usdTax: 'USD incl. tax',
    jpyTax: 'JPY incl. tax',
    how: 'How it is priced',
    training: 'One-time training',
    trainingHow: 'Tokens × epochs ÷ 1,000 × price per 1,000 tokens (0 for an imported model).',
    storage: 'Storage per month',
    storageHow: 'One custom model per month (per CMU for an imported model).',
    hostingCost: 'Hosting per month',
    hostingHow: 'Model units × hours × price, input and output tokens × price, or 5-minute windows × CMUs × copies × price.',
    firstMonth: 'First-month total',
    monthly: 'Steady monthly total',
    year: '12-month total',
    yearHow: 'Training once, then 12 months of storage and hosting.',
  },
  ja: {
    sheet: 'Bedrock 予算',
    title: 'Amazon Bedrock カスタムモデルの予算',
    asOf: '料金の時点',
    asOfNote:
      '料金は Bedrock Cost for Sheets アドオンに内蔵の料金表によります（AWS Price List の AmazonBedrock オファー、AWS の料金ページとドキュメント）。各行の単価・時点・出典は =BEDROCK_RATE_INFO(モデル, 項目)、モデル一覧は =BEDROCK_MODELS() で確認できます。',
    inputs: '入力',
    value: '値',
    notes: 'メモ',
    model: 'モデル',
    modelNote: 'Bedrock のモデル ID、名前または別名。=BEDROCK_MODELS() で一覧できます。',
    region: 'リージョン',
    regionNote: 'リージョンコード、AWS の名前、または都市名。学習の料金があるリージョンは限られます: =BEDROCK_RATE_INFO(B5, "training") で確認できます。',
    tokens: '学習トークン数（1エポックあたり）',
    epochs: 'エポック数',
    hosting: '推論の方式',
    hostingNote: 'プロビジョンドスループット、オンデマンド（トークン課金）、カスタムモデルインポートのいずれか。',
    pt: 'プロビジョンドスループット',
    ondemand: 'オンデマンド',
    cmi: 'カスタムモデルインポート',
    units: 'モデルユニット数（プロビジョンドスループット）',
    term: '契約期間（プロビジョンドスループット）',
    termNote: 'コミットなし、1か月、6か月のいずれか。',
    terms: ['コミットなし', '1か月', '6か月'],
    hours: '月間の時間数',
    hoursNote: '730 は1か月の平均、744 は31日です。',
    inTokens: '月間の入力トークン数（オンデマンド）',
    outTokens: '月間の出力トークン数（オンデマンド）',
    cmiModel: 'インポートするモデルのサイズまたは CMU 数（カスタムモデルインポート）',
    cmiNote: '既知のサイズ（"Llama 3.1 8B 128K"）、CMU 数、または "アーキテクチャ:CMU数"。',
    copies: 'モデルのコピー数（カスタムモデルインポート）',
    minutes: '月間の稼働時間・分（カスタムモデルインポート）',
    minutesNote: '5分単位で課金されます。4,800 分 = 8時間 × 20日。',
    fx: '為替レート（1米ドルあたりの円）',
    fxNote: 'Google スプレッドシートが取得します（GOOGLEFINANCE）。固定するには数値を入力してください。',
    tax: '税率',
    taxNote: '日本の消費税は 10% です。課税されない場合は 0% にしてください。',
    costs: '費用',
    usd: '米ドル',
    usdTax: '米ドル（税込）',
    jpyTax: '円（税込）',
    how: '計算方法',
    training: '学習（初回のみ）',
    trainingHow: 'トークン数 × エポック数 ÷ 1,000 × 1,000トークンあたりの単価（インポートしたモデルは 0）。',
    storage: '保管（月額）',
    storageHow: 'カスタムモデル1つあたりの月額（インポートしたモデルは CMU あたり）。',
    hostingCost: '推論（月額）',
    hostingHow: 'モデルユニット数 × 時間 × 単価、入出力トークン数 × 単価、または5分単位 × CMU数 × コピー数 × 単価。',
    firstMonth: '初月の合計',
    monthly: '毎月の合計',
    year: '12か月の合計',
    yearHow: '学習1回と、保管・推論の12か月分。',
  },
} as const;

/**
 * The template. Layout (A: label, B: value or USD, C: USD incl. tax, D: JPY incl. tax, E: notes):
 * rows 4–19 inputs, rows 21–27 costs.
 */
export function budgetTemplate(lang: Lang = 'en'): BudgetTemplate {
  const t = TEXT[lang];
  const isCmi = `B9="${t.cmi}"`;
  const costRow = (label: string, usd: string, how: string, row: number): CellContent[] => [label, usd, `=B${row}*(1+$B$19)`, `=C${row}*$B$18`, how];
  const values: CellContent[][] = [
    [t.title, '', '', '', ''],
    [t.asOf, '=BEDROCK_PRICES_AS_OF()', '', '', ''],
    ['', '', '', '', ''],
    [t.inputs, t.value, '', '', t.notes],
    [t.model, 'Amazon Nova Lite', '', '', t.modelNote],
    [t.region, 'us-east-1', '', '', t.regionNote],
    [t.tokens, 10000000, '', '', ''],
    [t.epochs, 2, '', '', ''],
    [t.hosting, t.pt, '', '', t.hostingNote],
    [t.units, 1, '', '', ''],
    [t.term, t.terms[1], '', '', t.termNote],
    [t.hours, 730, '', '', t.hoursNote],
    [t.inTokens, 50000000, '', '', ''],
    [t.outTokens, 10000000, '', '', ''],
    [t.cmiModel, 'Llama 3.1 8B 128K', '', '', t.cmiNote],
    [t.copies, 1, '', '', ''],
    [t.minutes, 4800, '', '', t.minutesNote],
    [t.fx, FX_FORMULA, '', '', t.fxNote],
    [t.tax, 0.1, '', '', t.taxNote],
    ['', '', '', '', ''],
    [t.costs, t.usd, t.usdTax, t.jpyTax, t.how],
    costRow(t.training, `=IF(${isCmi}, 0, BEDROCK_FT_COST(B5, B7, B8, B6))`, t.trainingHow, 22),
    costRow(t.storage, `=IF(${isCmi}, BEDROCK_CMI_STORAGE(B15, 1, B6), BEDROCK_STORAGE_COST(B5, 1, B6))`, t.storageHow, 23),
    costRow(
      t.hostingCost,
      `=IF(B9="${t.ondemand}", BEDROCK_ONDEMAND_COST(B5, B13, B14, B6), IF(${isCmi}, BEDROCK_CMI_COST(B15, B17, B16, B6), BEDROCK_PT_MONTHLY(B5, B10, B11, B12, B6)))`,
      t.hostingHow,
      24,
    ),
    costRow(t.firstMonth, '=B22+B23+B24', '', 25),
    costRow(t.monthly, '=B23+B24', '', 26),
    costRow(t.year, '=B22+12*B26', t.yearHow, 27),
  ];
  return {
    sheetName: t.sheet,
    values,
    formats: [
      { range: 'B7', format: COUNT },
      { range: 'B12:B14', format: COUNT },
      { range: 'B17', format: COUNT },
      { range: 'B18', format: '0.00' },
      { range: 'B19', format: PERCENT },
      { range: 'B22:C27', format: USD },
      { range: 'D22:D27', format: JPY },
    ],
    notes: [
      { cell: 'B2', note: t.asOfNote },
      { cell: 'B18', note: t.fxNote },
      { cell: 'B22', note: t.asOfNote },
    ],
    bold: ['A1', 'A4:E4', 'A21:E21', 'A25:D27'],
    inputs: ['B5:B19'],
    choices: [
      { cell: 'B9', values: [t.pt, t.ondemand, t.cmi] },
      { cell: 'B11', values: [...t.terms] },
    ],
    widths: [300, 160, 120, 120, 420],
    cells: {
      model: 'B5',
      region: 'B6',
      hosting: 'B9',
      fxRate: 'B18',
      taxRate: 'B19',
      training: 'B22',
      storage: 'B23',
      hostingCost: 'B24',
      firstMonth: 'B25',
      monthly: 'B26',
      year: 'B27',
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
