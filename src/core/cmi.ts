/**
 * Custom Model Import: what a "model_or_cmus" argument means. A number is a CMU count at the CMU v1.0 rate; a name
 * is a preset from AWS's CMU table ("Llama 3.1 8B 128K" = 2 CMUs); "<architecture>:<CMUs>" (e.g. "gpt-oss:8")
 * names the architecture, whose newest CMU version sets the rate.
 */
import type { Catalog, PriceInfo } from './catalog';
import { DEFAULT_REGION, noPrice } from './catalog';
import { PricingError } from './errors';
import { required, wholeCount } from './inputs';
import { msg } from './message';
import type { Decimal } from './money';
import type { Item } from './price-book';
import { closest, excerpt, nameKey, own } from './text';

export const PLAIN_CMU_VERSION = 'v1.0';

export interface CmiSubject {
  label: string;
  /** Undefined when only an architecture was named. */
  cmus?: Decimal;
  /** Undefined for a bare CMU count: any architecture at PLAIN_CMU_VERSION. */
  architecture?: string;
  cmuVersion: string;
}

export function resolveCmi(catalog: Catalog, value: string | number, argName: string): CmiSubject {
  if (typeof value === 'number' || /^\s*\d+(\.\d+)?\s*$/.test(value)) {
    const cmus = wholeCount(Number(value), `${argName} (a CMU count)`);
    return { label: `${cmus.toString()} CMU`, cmus, cmuVersion: PLAIN_CMU_VERSION };
  }
  const { cmi } = catalog.book;
  const withCount = /^(.+?)\s*[:×x*]\s*(\d+(?:\.\d+)?)\s*(cmus?)?\s*$/i.exec(value);
  const ref = own(cmi.names, nameKey(withCount ? withCount[1]! : value));
  if (ref?.startsWith('p') && !withCount) {
    const preset = cmi.presets[Number(ref.slice(1))]!;
    return {
      label: `${preset.name} (${preset.cmus} CMU)`,
      cmus: wholeCount(preset.cmus, argName),
      architecture: preset.architecture,
      cmuVersion: preset.cmuVersion,
    };
  }
  if (ref?.startsWith('a')) {
    const arch = cmi.architectures[Number(ref.slice(1))]!;
    const version = arch.versions[arch.versions.length - 1]!;
    const cmus = withCount ? wholeCount(Number(withCount[2]), `${argName} (CMU count)`) : undefined;
    return {
      label: `${arch.name}${cmus ? ` (${cmus.toString()} CMU)` : ''}`,
      ...(cmus ? { cmus } : {}),
      architecture: arch.id,
      cmuVersion: version,
    };
  }
  const near = closest(
    value,
    Object.entries(cmi.names).map(([key, r]) => ({
      key,
      label: r.startsWith('p') ? cmi.presets[Number(r.slice(1))]!.name : cmi.architectures[Number(r.slice(1))]!.name,
    })),
  );
  throw new PricingError('unknown-architecture', msg('lookup.unknown-cmi', { value: excerpt(String(value)), near }));
}

/** What a model_or_cmus argument names, and how many CMUs one copy takes. */
export function cmiSize(catalog: Catalog, value: string | number | undefined): { subject: CmiSubject; cmus: Decimal } {
  const given = required(value, 'model_or_cmus', msg('input.accepts-cmi'));
  const subject = resolveCmi(catalog, given, 'model_or_cmus');
  return { subject, cmus: requireCmus(subject, 'model_or_cmus') };
}

export function requireCmus(subject: CmiSubject, argName: string): Decimal {
  if (subject.cmus) return subject.cmus;
  throw new PricingError(
    'missing-argument',
    msg('lookup.cmi-needs-size', { arg: argName, label: subject.label, example: `${subject.architecture}:4` }),
  );
}

/**
 * The rate for a CMI subject; a bare CMU count takes the rate all v1.0 architectures share in that region.
 * `ownPrice` false: the caller has no price argument, so a missing price does not point to one.
 */
export function cmiPrice(catalog: Catalog, subject: CmiSubject, item: Item, region: string | undefined, ownPrice = true): PriceInfo {
  if (subject.architecture) {
    return catalog.price({
      subject: `cmi:${subject.architecture}:${subject.cmuVersion}`,
      label: subject.label,
      item,
      ...(region ? { region } : {}),
      ...(ownPrice ? {} : { ownPrice }),
    });
  }
  const archs = catalog.book.cmi.architectures.filter((a) => a.versions.includes(subject.cmuVersion));
  const subjects = archs.map((a) => `cmi:${a.id}:${subject.cmuVersion}`);
  const everywhere = [...new Set(subjects.flatMap((s) => catalog.regionsFor({ subject: s, item })))].sort();
  const at = region ?? (everywhere.includes(DEFAULT_REGION) || everywhere.length !== 1 ? DEFAULT_REGION : everywhere[0]!);
  const found: PriceInfo[] = [];
  for (const s of subjects) {
    const row = catalog.row(s, item, at);
    if (row) found.push(catalog.info(row, item, at));
  }
  if (found.length === 0)
    throw new PricingError(
      'no-price',
      noPrice(
        catalog.describe({ label: `CMU ${subject.cmuVersion}`, item }),
        at,
        undefined,
        everywhere.length ? msg('lookup.priced-in', { regions: everywhere }) : msg('lookup.priced-nowhere'),
        ownPrice,
      ),
    );
  const distinct = [...new Set(found.map((f) => f.usd))];
  if (distinct.length > 1)
    throw new PricingError('no-price', msg('lookup.cmu-prices-differ', { version: subject.cmuVersion, region: at, prices: distinct }));
  return found[0]!;
}
