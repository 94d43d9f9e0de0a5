/**
 * The monthly estimate: every way to host one model for one usage, side by side. For a model, a region, monthly
 * input and output tokens, a schedule (src/core/schedule.ts), model units and a month (src/core/month.ts) it gives
 * one row per hosting option with the region it is priced in, what is billed, hosting, storage and the total as
 * exact decimals, and a note; plus the low and high of the priced totals. BEDROCK_ESTIMATE, BEDROCK_MONTHLY_RANGE,
 * the sidebar's "Estimate a month" view and the budget template all read this.
 *
 * Each option uses the billing rule of src/core/billing.ts (P = unit price, U = model units, S = one month of storage):
 * - On-demand: input ÷ 1,000 × input price + output ÷ 1,000 × output price + S. No tokens, no total.
 * - No commitment: P × U × the schedule's active hours + S (created and deleted around the active hours).
 * - 1- and 6-month commitment: P × U × every hour of the month + S, whatever the schedule.
 * - Custom Model Import: whole 5-minute windows of each active stretch × 5 × CMUs × copies (= U) × P + CMUs × S.
 *   Priced for a CMI size or architecture given as the model, or for a Bedrock model whose architecture and size is
 *   in AWS's CMU table (rates/cmi.json "models").
 * An option not sold in the asked region is priced in the nearest region where it is sold, with a note saying so;
 * only an option sold nowhere has no total.
 */
import { cmiWindows, cmiWindowsCost, provisionedThroughputCost, storageCost, tokenCost } from './billing';
import { caveatNote, DEFAULT_REGION, type Catalog, type PriceInfo } from './catalog';
import { cmiPrice, resolveCmi, type CmiSubject } from './cmi';
import type { CompiledModel } from './compiled-book';
import { isPricingError, PricingError } from './errors';
import * as check from './inputs';
import { msg, type Message } from './message';
import { decimal, ZERO, type Decimal } from './money';
import { activeTime, parseMonth, type ActiveTime, type Month } from './month';
import type { Term } from './price-book';
import { BASE_PREFIX } from './quotes';
import { isAlwaysOn, parseSchedule, type Schedule } from './schedule';
import { closest, excerpt } from './text';

export type EstimateOption = 'ondemand' | 'none' | '1m' | '6m' | 'cmi';

/** The options in the order rows that cost the same (or have no total) keep. */
export const ESTIMATE_OPTIONS: readonly EstimateOption[] = ['ondemand', 'none', '1m', '6m', 'cmi'];

/** The message code of each option's label ("On-demand", "No commitment", …). */
export const OPTION_LABEL: Readonly<Record<EstimateOption, Message>> = {
  ondemand: msg('estimate.option-ondemand'),
  none: msg('estimate.option-none'),
  '1m': msg('estimate.option-1m'),
  '6m': msg('estimate.option-6m'),
  cmi: msg('estimate.option-cmi'),
};

export interface EstimateInput {
  /** A Bedrock model ID, name or alias ("base:" for base-model hosting), or a CMI size as BEDROCK_CMI_COST takes it. */
  model: string | number | undefined;
  region?: string | undefined;
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
  /** Default "24/7". */
  schedule?: string | number | undefined;
  /** Provisioned Throughput model units; for Custom Model Import, the number of model copies. Default 1. */
  modelUnits?: number | undefined;
  /** Blank = the average month of 730 hours; "2026-12", "2026/12", "2026年12月" or a Date in it. */
  month?: string | number | Date | undefined;
}

export interface EstimateRow {
  option: EstimateOption;
  /** The option's name, to word at the edge. */
  label: Message;
  /** The region this option is priced in; undefined when it is sold nowhere (or cannot apply to this model). */
  region?: string;
  /** True when the region is not the one asked for (with no region given: not us-east-1). */
  elsewhere: boolean;
  /** What is billed, in words ("9 h × 22 days = 198 h × 1 MU"); undefined when nothing is. */
  billed?: Message;
  hosting?: Decimal;
  storage?: Decimal;
  /** hosting + storage; undefined when the option has no total (never a partial figure). */
  total?: Decimal;
  /** Why the row is priced where it is, or not at all; undefined when there is nothing to say. */
  note?: Message;
  /** The unit prices used, for their sources. */
  prices: PriceInfo[];
}

export interface CmiSize {
  subject: CmiSubject;
  cmus: Decimal;
  /** The CMU-table size a Bedrock model maps to ("Llama 3.1 8B 128K"); undefined when the model was given as a CMI size. */
  preset?: string;
}

export interface Estimate {
  /** The Bedrock model; undefined when the model was given as a Custom Model Import size. */
  model?: CompiledModel;
  /** "base:<model>": base-model hosting, no custom-model storage. */
  base: boolean;
  /** The Custom Model Import size priced in the cmi row, when there is one. */
  cmi?: CmiSize;
  /** The region asked for; none given: us-east-1, or the one region where the model's hosting is priced. */
  region: string;
  regionGiven: boolean;
  schedule: Schedule;
  month: Month;
  active: ActiveTime;
  modelUnits: Decimal;
  inputTokens?: Decimal;
  outputTokens?: Decimal;
  /** Priced rows cheapest first (ties in ESTIMATE_OPTIONS order), then rows without a total in that order. */
  rows: EstimateRow[];
  /** The lowest and highest total of the priced rows; undefined when no row is priced. */
  low?: Decimal;
  high?: Decimal;
  cheapest?: EstimateRow;
  dearest?: EstimateRow;
  /** The distinct regions the priced rows are priced in, in row order. */
  regions: string[];
}

const ONE = decimal(1);
/** Longer than any model or CMI name in the book: a longer text is refused without a closest-name search. */
const MAX_NAME = 200;
const PT_TERMS: readonly Term[] = ['none', '1m', '6m'];

/** A quantity as a message shows it: whole numbers grouped (50,000,000), others to 2 places (195.54). */
export function shown(d: Decimal): string {
  const dp = d.eq(d.round(0, 0)) ? 0 : 2;
  const [whole, frac] = d.toFixed(dp).split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

function join(...notes: (Message | undefined)[]): Message | undefined {
  return notes.reduce<Message | undefined>(
    (acc, n) => (!n ? acc : !acc ? n : msg('estimate.note-join', { first: acc, second: n })),
    undefined,
  );
}

/** Great-circle distance in radians: only ranks regions, never enters a price. */
function distance(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const [la1, lo1, la2, lo2] = [a[0] * rad, a[1] * rad, b[0] * rad, b[1] * rad];
  const h = Math.sin((la2 - la1) / 2) ** 2 + Math.cos(la1) * Math.cos(la2) * Math.sin((lo2 - lo1) / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Placement {
  region: string;
  elsewhere: boolean;
  note?: Message;
}

export class Estimates {
  constructor(readonly catalog: Catalog) {}

  /** Each region's location, built on the first estimate (not at script load) and kept for the call. */
  private locations?: Map<string, [number, number] | undefined>;

  /** The regions in order of distance from `from` (ties and regions without a location by code). */
  nearest(from: string, candidates: readonly string[]): string[] {
    const where = (this.locations ??= new Map(this.catalog.book.regions.map((r) => [r.code, r.location])));
    const origin = where.get(from);
    const key = (code: string) => {
      const l = where.get(code);
      return origin && l ? distance(origin, l) : Number.POSITIVE_INFINITY;
    };
    return [...candidates].sort((x, y) => key(x) - key(y) || (x < y ? -1 : x > y ? 1 : 0));
  }

  /**
   * Where an option sold in `candidates` is priced for a user who asked for `c.asked` (undefined: none given, then
   * the estimate's default region `c.home`).
   */
  private place(candidates: readonly string[], c: Context): Placement | undefined {
    if (candidates.length === 0) return undefined;
    const target = c.asked ?? c.home;
    if (candidates.includes(target)) {
      // No region given and the model is hosted in one region only: say where, or a figure from us-west-2 surprises.
      const note = !c.asked && target !== DEFAULT_REGION ? msg('estimate.note-home-region', { region: target }) : undefined;
      return { region: target, elsewhere: target !== DEFAULT_REGION && !c.asked, ...(note ? { note } : {}) };
    }
    if (!c.asked && candidates.length === 1)
      return { region: candidates[0]!, elsewhere: true, note: msg('estimate.note-only-region', { region: candidates[0]! }) };
    const region = this.nearest(target, candidates)[0]!;
    return {
      region,
      elsewhere: true,
      note: c.asked
        ? msg('estimate.note-elsewhere', { asked: c.asked, region })
        : msg('estimate.note-default-elsewhere', { from: target, region }),
    };
  }

  /** With no region given: us-east-1, or the one region where the model's hosting is priced (as elsewhere in the core). */
  private home(model: CompiledModel | undefined): string {
    if (!model) return DEFAULT_REGION;
    const hosted = new Set([...this.catalog.pricedRegions(model.id, 'pt'), ...this.catalog.pricedRegions(model.id, 'ondemand-input')]);
    return hosted.size === 1 && !hosted.has(DEFAULT_REGION) ? [...hosted][0]! : DEFAULT_REGION;
  }

  /** model text → the Bedrock model (with its CMI size when the CMU table has it) or a CMI size alone. */
  private subject(value: string | number): { model?: CompiledModel; base: boolean; cmi?: CmiSize } {
    const text = String(value).trim();
    const base = BASE_PREFIX.test(text);
    const name = text.replace(BASE_PREFIX, '');
    const model = typeof value === 'number' ? undefined : this.catalog.findModel(name);
    const { cmi } = this.catalog.book;
    if (model) {
      const p = cmi.models?.[model.id];
      if (p === undefined) return { model, base };
      const preset = cmi.presets[p]!;
      const cmus = decimal(preset.cmus);
      return {
        model,
        base,
        cmi: {
          subject: { label: preset.name, cmus, architecture: preset.architecture, cmuVersion: preset.cmuVersion },
          cmus,
          preset: preset.name,
        },
      };
    }
    let subject: CmiSubject;
    try {
      // A long text names nothing: skip the closest-name searches, whose work grows with its length.
      if (base || text.length > MAX_NAME)
        throw new PricingError('unknown-architecture', msg('lookup.unknown-cmi', { value: excerpt(text), near: [] }));
      subject = resolveCmi(this.catalog, value, 'model');
    } catch (e) {
      if (!isPricingError(e) || e.code !== 'unknown-architecture') throw e;
      const near = closest(
        name.slice(0, MAX_NAME),
        Object.entries(this.catalog.book.modelNames).map(([key, i]) => ({ key, label: this.catalog.book.models[i]!.name })),
      );
      throw new PricingError('unknown-model', msg('estimate.unknown-model', { model: excerpt(text), near }));
    }
    if (!subject.cmus)
      throw new PricingError(
        'missing-argument',
        msg('estimate.cmi-needs-size', { model: excerpt(text), architecture: subject.architecture ?? 'Llama' }),
      );
    return { base: false, cmi: { subject, cmus: subject.cmus } };
  }

  estimate(a: EstimateInput): Estimate {
    const given = check.required(a.model, 'model', msg('input.accepts-model-or-cmi'));
    const { model, base, cmi } = this.subject(given);
    const asked = this.catalog.region(a.region);
    const inputTokens = a.inputTokens === undefined ? undefined : check.nonNegative(a.inputTokens, 'input_tokens');
    const outputTokens = a.outputTokens === undefined ? undefined : check.nonNegative(a.outputTokens, 'output_tokens');
    const schedule = parseSchedule(a.schedule);
    const modelUnits = check.wholeCount(a.modelUnits ?? 1, 'model_units');
    const month = parseMonth(a.month);
    const active = activeTime(schedule, month);
    const home = this.home(model);
    const ctx: Context = { model, base, asked, home, inputTokens, outputTokens, schedule, month, active, modelUnits };

    const rows: EstimateRow[] = [this.onDemand(ctx), ...PT_TERMS.map((t) => this.provisioned(ctx, t)), this.importRow(ctx, cmi)].map(
      (r) => {
        // A caveated price (AWS contradicts itself, the number looks wrong) is stated wherever it is used.
        const note = join(r.note, caveatNote(r.prices));
        return note ? { ...r, note } : r;
      },
    );
    const order = (r: EstimateRow) => ESTIMATE_OPTIONS.indexOf(r.option);
    rows.sort((x, y) => {
      if (x.total && y.total) return x.total.cmp(y.total) || order(x) - order(y);
      if (x.total || y.total) return x.total ? -1 : 1;
      return order(x) - order(y);
    });
    const priced = rows.filter((r) => r.total !== undefined);
    const cheapest = priced[0];
    const dearest = priced[priced.length - 1];
    const regions = [...new Set(priced.map((r) => r.region!))];
    return {
      ...(model ? { model } : {}),
      base,
      ...(cmi ? { cmi } : {}),
      region: asked ?? home,
      regionGiven: asked !== undefined,
      schedule,
      month,
      active,
      modelUnits,
      ...(inputTokens ? { inputTokens } : {}),
      ...(outputTokens ? { outputTokens } : {}),
      rows,
      ...(cheapest ? { low: cheapest.total!, cheapest } : {}),
      ...(dearest ? { high: dearest.total!, dearest } : {}),
      regions,
    };
  }

  /** One month of custom-model storage in the region; zero for base-model hosting; undefined when not priced. */
  private storage(c: Context, region: string): { amount?: Decimal; price?: PriceInfo; note?: Message } {
    if (c.base) return { amount: ZERO, note: msg('estimate.note-base-hosting') };
    const row = this.catalog.row(c.model!.id, 'storage', region);
    if (!row) return { note: msg('estimate.note-storage-missing', { region }) };
    const price = this.catalog.info(row, 'storage', region);
    return { amount: storageCost(decimal(price.usd), ONE, ONE), price };
  }

  private onDemand(c: Context): EstimateRow {
    const option: EstimateOption = 'ondemand';
    const base = { option, label: OPTION_LABEL[option], elsewhere: false, prices: [] as PriceInfo[] };
    if (!c.model) return { ...base, note: msg('estimate.note-imported-only') };
    if (c.base) return { ...base, note: msg('estimate.note-base-ondemand') };
    const inRegions = this.catalog.pricedRegions(c.model.id, 'ondemand-input');
    const outRegions = new Set(this.catalog.pricedRegions(c.model.id, 'ondemand-output'));
    const place = this.place(inRegions.filter((r) => outRegions.has(r)).sort(), c);
    if (!place) return { ...base, note: msg('estimate.note-no-ondemand', { model: c.model.name }) };
    const row = { ...base, region: place.region, elsewhere: place.elsewhere };
    if (c.inputTokens === undefined || c.outputTokens === undefined)
      return { ...row, note: join(place.note, msg('estimate.note-tokens-needed')) };
    const q = (item: 'ondemand-input' | 'ondemand-output') =>
      this.catalog.price({ subject: c.model!.id, label: c.model!.name, item, region: place.region });
    const pIn = q('ondemand-input');
    const pOut = q('ondemand-output');
    const hosting = tokenCost(c.inputTokens, decimal(pIn.usd), pIn.unit).plus(tokenCost(c.outputTokens, decimal(pOut.usd), pOut.unit));
    const s = this.storage(c, place.region);
    const billed = msg('estimate.billed-tokens', { input: shown(c.inputTokens), output: shown(c.outputTokens) });
    return {
      ...row,
      billed,
      hosting,
      ...(s.amount !== undefined ? { storage: s.amount, total: hosting.plus(s.amount) } : {}),
      ...(join(place.note, s.note) ? { note: join(place.note, s.note)! } : {}),
      prices: [pIn, pOut, ...(s.price ? [s.price] : [])],
    };
  }

  private provisioned(c: Context, term: Term): EstimateRow {
    const option: EstimateOption = term;
    const base = { option, label: OPTION_LABEL[option], elsewhere: false, prices: [] as PriceInfo[] };
    if (!c.model) return { ...base, note: msg('estimate.note-imported-only') };
    const variant = c.base ? 'base' : 'custom';
    const place = this.place(this.catalog.regionsFor({ subject: c.model.id, item: 'pt', term, variant }), c);
    if (!place) return { ...base, note: msg('estimate.note-sold-nowhere') };
    const price = this.catalog.price({ subject: c.model.id, label: c.model.name, item: 'pt', term, variant, region: place.region });
    const allMonth = term !== 'none' || isAlwaysOn(c.schedule);
    const hours = term === 'none' ? c.active.hours : c.month.hours;
    const hosting = provisionedThroughputCost(decimal(price.usd), c.modelUnits, hours);
    const units = shown(c.modelUnits);
    const billed = allMonth
      ? msg('estimate.billed-hours', { hours: shown(hours), units })
      : msg('estimate.billed-hours-days', { perDay: shown(c.active.hoursPerDay), days: shown(c.active.days), hours: shown(hours), units });
    const why = isAlwaysOn(c.schedule)
      ? undefined
      : term === 'none'
        ? msg('estimate.note-none-schedule', { schedule: excerpt(c.schedule.text) })
        : msg('estimate.note-term-every-hour');
    const s = this.storage(c, place.region);
    const note = join(place.note, why, s.note);
    return {
      ...base,
      region: place.region,
      elsewhere: place.elsewhere,
      billed,
      hosting,
      ...(s.amount !== undefined ? { storage: s.amount, total: hosting.plus(s.amount) } : {}),
      ...(note ? { note } : {}),
      prices: [price, ...(s.price ? [s.price] : [])],
    };
  }

  /** Regions where a CMI subject's inference is priced (a bare CMU count: any architecture of its CMU version). */
  private cmiRegions(subject: CmiSubject): string[] {
    const subjects = subject.architecture
      ? [`cmi:${subject.architecture}:${subject.cmuVersion}`]
      : this.catalog.book.cmi.architectures
          .filter((x) => x.versions.includes(subject.cmuVersion))
          .map((x) => `cmi:${x.id}:${subject.cmuVersion}`);
    return [...new Set(subjects.flatMap((s) => this.catalog.regionsFor({ subject: s, item: 'cmi-inference' })))].sort();
  }

  private importRow(c: Context, cmi: CmiSize | undefined): EstimateRow {
    const option: EstimateOption = 'cmi';
    const base = { option, label: OPTION_LABEL[option], elsewhere: false, prices: [] as PriceInfo[] };
    if (!cmi) return { ...base, note: msg('estimate.note-cmi-no-size', { model: c.model!.name }) };
    const place = this.place(this.cmiRegions(cmi.subject), c);
    if (!place) return { ...base, note: msg('estimate.note-sold-nowhere') };
    const inference = cmiPrice(this.catalog, cmi.subject, 'cmi-inference', place.region);
    let storagePrice: PriceInfo | undefined;
    try {
      storagePrice = cmiPrice(this.catalog, cmi.subject, 'cmi-storage', place.region);
    } catch (e) {
      if (!isPricingError(e) || e.code !== 'no-price') throw e;
    }
    const hosting = cmiWindowsCost(c.active.windows, cmi.cmus, c.modelUnits, decimal(inference.usd));
    const storage = storagePrice ? storageCost(decimal(storagePrice.usd), ONE, cmi.cmus) : undefined;
    const copies = shown(c.modelUnits);
    const cmus = shown(cmi.cmus);
    const billed = c.schedule.allDay
      ? msg('estimate.billed-cmi', { windows: shown(c.active.windows), cmus, copies })
      : msg('estimate.billed-cmi-days', {
          perDay: shown(cmiWindows(c.schedule.hoursPerDay.times(60))),
          days: shown(c.active.days),
          windows: shown(c.active.windows),
          cmus,
          copies,
        });
    const note = join(
      place.note,
      cmi.preset ? msg('estimate.note-cmi-same-weights', { preset: cmi.preset, cmus }) : undefined,
      msg('estimate.note-cmi-windows'),
      storage === undefined ? msg('estimate.note-cmi-storage-missing', { region: place.region }) : undefined,
    );
    return {
      ...base,
      region: place.region,
      elsewhere: place.elsewhere,
      billed,
      hosting,
      ...(storage !== undefined ? { storage, total: hosting.plus(storage) } : {}),
      ...(note ? { note } : {}),
      prices: [inference, ...(storagePrice ? [storagePrice] : [])],
    };
  }
}

interface Context {
  model: CompiledModel | undefined;
  base: boolean;
  asked: string | undefined;
  /** Where to price with no region given. */
  home: string;
  inputTokens: Decimal | undefined;
  outputTokens: Decimal | undefined;
  schedule: Schedule;
  month: Month;
  active: ActiveTime;
  modelUnits: Decimal;
}
