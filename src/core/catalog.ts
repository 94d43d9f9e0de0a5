/**
 * Looking things up in the compiled book by what a user typed: models, regions, terms, items and prices. Every
 * miss is a PricingError that names what was typed and what would have been accepted.
 */
import type { CompiledBook, CompiledCaveat, CompiledModel, GapInfo, PriceRow } from './compiled-book';
import { PricingError } from './errors';
import { msg, type Message } from './message';
import { sourceLinks } from './sources';
import { unpackUsageType } from './usage-types';
import type { Item, Term, Unit, Variant } from './price-book';
import { closest, excerpt, nameKey, own } from './text';
import { itemLabel, termLabel, termFromText } from './vocabulary';

export { DEFAULT_REGION } from './defaults';
import { DEFAULT_REGION, homeRegion } from './defaults';

type Gap = GapInfo;

/** One unit price, with everything needed to show where it came from. */
export interface PriceInfo {
  usd: string;
  unit: Unit;
  item: Item;
  region: string;
  term?: Term;
  variant?: Variant;
  asOf: string;
  sourceId: string;
  /** "title (date) — where, usage type …" in one line, for a cell. */
  source: Message;
  sourceUrl?: string;
  usagetype?: string;
  /** True when the user supplied the price instead of the book. */
  overridden: boolean;
  /** The last date a first-party source showed this price. */
  checked?: string;
  /** What every answer using this price must state (AWS contradicts itself, the number looks wrong, a limited offer). */
  caveat?: CompiledCaveat;
}

export interface PriceQuery {
  /** A model id, or "cmi:<architecture>:<version>". */
  subject: string;
  /** What to call the subject in messages. */
  label: string;
  item: Item;
  /** A resolved region code, or undefined to let the book choose. */
  region?: string;
  term?: Term;
  variant?: Variant;
  /**
   * False for the functions that have no price argument: their missing-price message then does not point to one.
   * Leaves the remembered prices alone (only found prices are remembered).
   */
  ownPrice?: boolean;
}

export class Catalog {
  // The book never changes while the script runs, so lookups are remembered: a 10,000-row range resolves its
  // model, region and price once, not 10,000 times.
  private readonly models = new Map<string, CompiledModel | undefined>();
  private readonly regions = new Map<string, string>();
  private readonly prices = new Map<string, PriceInfo>();
  /** The compiled row each answered price came from, for its history (src/core/history.ts). */
  private readonly rows = new WeakMap<PriceInfo, PriceRow>();

  constructor(readonly book: CompiledBook) {}

  /** Built only when a name is not found: start-up stays free of work. */
  private modelKeys(): { key: string; label: string }[] {
    return Object.entries(this.book.modelNames).map(([key, i]) => ({ key, label: this.book.models[i]!.name }));
  }

  /**
   * The model a name means, or undefined when the book knows no such name. A name that fits several models ("Llama
   * 3", "Nova") is an 'ambiguous' error listing them, even when a price is given: the model decides the unit.
   */
  findModel(text: string): CompiledModel | undefined {
    if (this.models.has(text)) return this.models.get(text);
    const key = nameKey(text);
    const i = own(this.book.modelNames, key);
    if (i === undefined) {
      const several = own(this.book.ambiguousModels, key);
      if (several)
        throw ambiguous(
          'model',
          text,
          several.map((j) => this.book.models[j]!.name),
        );
    }
    const m = i === undefined ? undefined : this.book.models[i];
    this.models.set(text, m);
    return m;
  }

  model(text: string): CompiledModel {
    const m = this.findModel(text);
    if (m) return m;
    throw new PricingError('unknown-model', msg('names.unknown-model', { typed: excerpt(text), near: closest(text, this.modelKeys()) }));
  }

  /**
   * A region code from a code, an AWS name or a city, in English or Japanese ("Tokyo", "東京", "東京リージョン");
   * undefined stays undefined (the book then chooses). Words that begin several regions' names ("US East",
   * "Europe", "アジアパシフィック") are an 'ambiguous' error listing every region they could mean.
   */
  region(text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    const known = this.regions.get(text);
    if (known) return known;
    const typed = nameKey(text);
    // "Tokyo region", "東京リージョン": the word "region" adds nothing to a region's name.
    const bare = typed.replace(/^(?:region|リージョン)(?=.)|(?<=.)(?:region|リージョン)$/u, '');
    for (const key of bare === typed ? [typed] : [typed, bare]) {
      const code = own(this.book.regionNames, key);
      if (code) {
        this.regions.set(text, code);
        return code;
      }
      const several = own(this.book.ambiguousRegions, key);
      if (several) throw ambiguous('region', text, several);
    }
    const near = closest(
      text,
      Object.entries(this.book.regionNames).map(([key, c]) => ({ key, label: c })),
    );
    throw new PricingError('unknown-region', msg('names.unknown-region', { typed: excerpt(text), near }));
  }

  regionName(code: string): string {
    return this.book.regions.find((r) => r.code === code)?.name ?? code;
  }

  term(value: string | number | undefined, fallback: Term): Term {
    if (value === undefined) return fallback;
    const t = termFromText(String(value));
    if (t) return t;
    throw new PricingError('unknown-term', msg('lookup.unknown-term', { value: excerpt(String(value)) }));
  }

  /** Regions where a price exists, for custom-model PT counting the base rate that stands in for it. */
  regionsFor(q: Omit<PriceQuery, 'region' | 'label'>): string[] {
    const byRegion = own(own(this.book.prices, q.subject), q.item) ?? {};
    const wanted = q.item !== 'pt' ? [''] : q.variant === 'base' ? [`${q.term}|base`] : [`${q.term}|custom`, `${q.term}|base`];
    return Object.keys(byRegion)
      .filter((r) => wanted.some((tv) => byRegion[r]![tv]))
      .sort();
  }

  /** Every region where the subject has any price for the item (any term). */
  pricedRegions(subject: string, item: Item): string[] {
    return Object.keys(own(own(this.book.prices, subject), item) ?? {});
  }

  row(subject: string, item: Item, region: string, term?: Term, variant?: Variant): PriceRow | undefined {
    // Own entries only, level by level: no subject, item, region or term text reaches Object.prototype.
    return own(own(own(own(this.book.prices, subject), item), region), term ? `${term}|${variant}` : '');
  }

  price(q: PriceQuery): PriceInfo {
    const key = [q.subject, q.item, q.region, q.term, q.variant].join('|');
    let info = this.prices.get(key);
    if (!info) {
      info = this.lookUp(q);
      this.prices.set(key, info);
    }
    return info;
  }

  private lookUp(q: PriceQuery): PriceInfo {
    const regions = this.regionsFor(q);
    let region = q.region;
    if (region === undefined && regions.length) {
      region = homeRegion(regions);
      if (region === undefined) throw new PricingError('no-price', msg('lookup.several-regions', { subject: this.describe(q), regions }));
    } else if (region === undefined) {
      // Priced nowhere: the one region a gap names (gpt-oss-20b RFT in us-west-2), else the default.
      const gapped = this.gaps().filter((g) => g.model === q.subject && g.item === q.item && g.region);
      const gapRegions = [...new Set(gapped.map((g) => g.region!))];
      region = gapRegions.length === 1 ? gapRegions[0]! : DEFAULT_REGION;
    }
    let row: PriceRow | undefined;
    let variant = q.variant;
    if (q.item === 'pt') {
      // A custom model's PT price is its base model's (AWS docs), unless AWS lists a custom-model rate of its own.
      row = q.variant === 'base' ? undefined : this.row(q.subject, 'pt', region, q.term, 'custom');
      variant = 'custom';
      if (!row) {
        row = this.row(q.subject, 'pt', region, q.term, 'base');
        variant = 'base';
        // A base-model rate AWS sells only for custom models there (GovCloud): asked for the base model, it is absent.
        if (row && q.variant === 'base' && this.gapFor(q.subject, 'pt', region, q.term, 'base')?.variant === 'base') row = undefined;
      }
    } else {
      row = this.row(q.subject, q.item, region);
    }
    // (A region whose base rate a gap refuses is not one where it is priced.)
    if (!row)
      throw this.missing(
        q,
        region,
        regions.filter((r) => r !== region),
      );
    return this.info(row, q.item, region, q.term, q.item === 'pt' ? variant : undefined);
  }

  info(row: PriceRow, item: Item, region: string, term?: Term, variant?: Variant): PriceInfo {
    const [usd, unitIndex, ownDate, sourceIndex, packed, extra] = row;
    const usagetype = packed && unpackUsageType(packed, this.book.usageWords);
    const sourceId = this.book.sourceIds[sourceIndex]!;
    const src = this.book.sources[sourceId]!;
    const unit = this.book.units[unitIndex]!;
    const asOf = ownDate || src.date;
    const links = sourceLinks(src);
    const where = usagetype ? msg('lookup.source-usage', { where: links.where, usagetype }) : links.where;
    const info: PriceInfo = {
      usd,
      unit,
      item,
      region,
      ...(term ? { term } : {}),
      ...(variant ? { variant } : {}),
      asOf,
      sourceId,
      source: msg('lookup.source', { title: src.title, date: src.date, where }),
      ...(links.url ? { sourceUrl: links.url } : {}),
      ...(usagetype ? { usagetype } : {}),
      overridden: false,
      checked: extra?.c ?? asOf,
      ...(extra?.k !== undefined ? { caveat: this.book.caveats[extra.k]! } : {}),
    };
    this.rows.set(info, row);
    return info;
  }

  /** The compiled row a price answered by this catalog came from (undefined for a price given in a formula). */
  rowOf(info: PriceInfo): PriceRow | undefined {
    return this.rows.get(info);
  }

  /** A source in one line, as PriceInfo.source writes it: "title (date) — where". */
  sourceText(sourceId: string): { text: Message; url?: string } {
    const src = this.book.sources[sourceId]!;
    const links = sourceLinks(src);
    return {
      text: msg('lookup.source', { title: src.title, date: src.date, where: links.where }),
      ...(links.url ? { url: links.url } : {}),
    };
  }

  /** "The training price of Nova Lite", as the subject of a missing-price message. */
  describe(q: Pick<PriceQuery, 'label' | 'item' | 'term'>): Message {
    return q.term
      ? msg('lookup.price-of-term', { item: itemLabel(q.item), term: termLabel(q.term), label: q.label })
      : msg('lookup.price-of', { item: itemLabel(q.item), label: q.label });
  }

  /** Why a price is absent, when the book knows: a gap with no region, term or variant applies to all of them. */
  gapFor(subject: string, item: Item, region: string, term?: Term, variant?: Variant): GapInfo | undefined {
    return this.gaps().find(
      (g) =>
        g.model === subject &&
        g.item === item &&
        (g.region === undefined || g.region === region) &&
        (g.term === undefined || g.term === term) &&
        // A custom model's PT falls back to its base model's rate, so a gap in the base rate applies to it too.
        (g.variant === undefined || g.variant === (variant ?? 'base') || (variant === 'custom' && g.variant === 'base')),
    );
  }

  private gapList?: GapInfo[];

  /** The shipped gap tuples as objects, made on first use. */
  private gaps(): GapInfo[] {
    return (this.gapList ??= this.book.gaps.map(([model, item, region, term, variant, notSold, n]) => ({
      model,
      item,
      ...(region ? { region } : {}),
      ...(term ? { term } : {}),
      ...(variant ? { variant } : {}),
      reason: notSold ? 'not-sold' : 'not-published',
      note: this.book.gapNotes[n]![0],
      noteJa: this.book.gapNotes[n]![1],
    })));
  }

  private missing(q: PriceQuery, region: string, regions: string[]): PricingError {
    const gap = this.gapFor(q.subject, q.item, region, q.term, q.variant);
    return new PricingError(
      'no-price',
      noPrice(
        this.describe(q),
        region,
        gap,
        regions.length ? msg('lookup.priced-in', { regions }) : this.otherTerms(q),
        q.ownPrice !== false,
      ),
    );
  }

  private otherTerms(q: PriceQuery): Message {
    if (q.item !== 'pt') return msg('lookup.priced-nowhere');
    const terms = (['none', '1m', '6m'] as Term[]).filter((t) => t !== q.term && this.regionsFor({ ...q, term: t }).length > 0);
    return terms.length ? msg('lookup.pt-priced-for', { terms: terms.map(termLabel) }) : msg('lookup.priced-nowhere');
  }
}

/**
 * What the answers using these prices must state (issue 13 §2): each distinct caveat once, in the order met, worded
 * from the book's English and Japanese notes; undefined when none of the prices has one.
 */
export function caveatNote(prices: readonly (PriceInfo | undefined)[]): Message | undefined {
  const seen = new Set<CompiledCaveat>();
  let out: Message | undefined;
  for (const p of prices) {
    const c = p?.caveat;
    if (!c || seen.has(c)) continue;
    seen.add(c);
    const one = msg('lookup.caveat', { note: { en: c.note, ja: c.noteJa } });
    out = out ? msg('lookup.one-then-other', { first: out, second: one }) : one;
  }
  return out;
}

/** Why the book has no price, from its gap: the English note and the Japanese one, each worded in its language. */
export function gapReason(gap: Gap): Message {
  return msg('lookup.because', {
    reason: msg(gap.reason === 'not-sold' ? 'lookup.reason-not-sold' : 'lookup.reason-not-published'),
    note: gapNote(gap),
  });
}

/**
 * A gap's note as a parameter: English without its final full stop (the templates end the sentence), Japanese as
 * written, or nothing when the book has no Japanese note (the Japanese template's reason sentence stands alone).
 */
export function gapNote(gap: Pick<Gap, 'note' | 'noteJa'>): { en: string; ja: string } {
  return { en: gap.note.replace(/\.$/, ''), ja: gap.noteJa ?? '' };
}

/** The missing-price message: what is missing where, why when known, where else it is, and the price-argument hint. */
export function noPrice(subject: Message, region: string, gap: Gap | undefined, elsewhere: Message, ownPrice: boolean): Message {
  return msg('lookup.no-price', {
    subject,
    region,
    elsewhere,
    ...(gap ? { reason: gapReason(gap) } : {}),
    ...(ownPrice ? { hint: msg('common.own-price-hint') } : {}),
  });
}

/** Candidates an ambiguous name lists in full; beyond this many the message says how many more. */
const AMBIGUOUS_LISTED = 8;

/** A name that fits several models or regions: asked about, with every candidate (or the first few and a count). */
function ambiguous(what: 'model' | 'region', text: string, candidates: string[]): PricingError {
  const listed = candidates.slice(0, AMBIGUOUS_LISTED);
  const more = candidates.length - listed.length;
  const typed = excerpt(text);
  return new PricingError(
    'ambiguous',
    more > 0
      ? msg(what === 'model' ? 'names.ambiguous-model-more' : 'names.ambiguous-region-more', { typed, candidates: listed, count: more })
      : msg(what === 'model' ? 'names.ambiguous-model' : 'names.ambiguous-region', { typed, candidates: listed }),
  );
}
