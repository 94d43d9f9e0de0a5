/**
 * Build step: turn the price book (rates/*.json, already schema-valid) into the CompiledBook that ships to Apps
 * Script, checking what a schema cannot: that every reference resolves and that no two names collide.
 */
import type {
  CompiledBook,
  CompiledCaveat,
  CompiledModel,
  HistoryRow,
  PriceExtra,
  PriceRow,
  PriceTree,
  RegionalLifecycle,
} from '../core/compiled-book';
import { priceKey, type Item, type RawBook, type Unit } from '../core/price-book';
import { nameKey } from '../core/text';
import { packUsageType } from '../core/usage-types';

const ITEM_ORDER: Item[] = [
  'training',
  'storage',
  'pt',
  'ondemand-input',
  'ondemand-output',
  'ondemand-cache-read',
  'ondemand-cache-write',
  'rft',
  'cmi-inference',
  'cmi-storage',
];

// Provider words people leave out ("Llama 3.1 8B" for "Meta Llama 3.1 8B Instruct").
const DROPPABLE_WORDS = /^(amazon|meta|anthropic|cohere|stability ai|stability) /i;

// Where a name's leading words end: spaces, dots ("Llama 3.1" → "Llama 3"), hyphens ("us-east-1" → "us-east"), brackets.
const WORD_BOUNDARY = /[\s.\-_:/()（）]+/gu;

/**
 * Every key made of a name's leading words ("US East (Ohio)" → "us", "useast"), short of the whole name, with the
 * things whose names start so. Keys of one character are left out: they name nothing a user would type.
 */
function namePrefixes<T>(things: { value: T; names: string[] }[]): Map<string, Set<T>> {
  const out = new Map<string, Set<T>>();
  for (const { value, names } of things) {
    for (const name of names) {
      const whole = nameKey(name);
      const boundary = new RegExp(WORD_BOUNDARY.source, 'gu');
      for (let m = boundary.exec(name); m; m = boundary.exec(name)) {
        const key = nameKey(name.slice(0, m.index));
        if (key.length < 2 || key === whole) continue;
        (out.get(key) ?? out.set(key, new Set()).get(key)!).add(value);
      }
    }
  }
  return out;
}

/** The file (or folder) of a public GitHub repository at a commit, as a link; GitHub redirects blob/ to tree/ for folders. */
export class BookError extends Error {
  constructor(readonly problems: string[]) {
    super(`The price book has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}

type Lifecycle = RawBook['models'][number]['lifecycle'];

/** The dates of a regional entry that differ from the model's own, or undefined when none does: only these ship (every cell call loads the book). */
function regionalDates(own: Lifecycle, r: NonNullable<Lifecycle['regional']>[number]): Omit<RegionalLifecycle, 'regions'> | undefined {
  const out: Omit<RegionalLifecycle, 'regions'> = {
    ...(r.legacyDate && r.legacyDate !== own.legacyDate ? { legacyDate: r.legacyDate } : {}),
    ...(r.eolDate && r.eolDate !== own.eolDate ? { eolDate: r.eolDate } : {}),
    ...(r.publicExtendedAccessDate && r.publicExtendedAccessDate !== own.publicExtendedAccessDate
      ? { extendedDate: r.publicExtendedAccessDate }
      : {}),
  };
  return Object.keys(out).length ? out : undefined;
}

export function compileBook(book: RawBook): CompiledBook {
  const problems: string[] = [];
  const regionCodes = new Set(book.regions.map((r) => r.code));
  const checkRegion = (code: string | undefined, where: string) => {
    if (code !== undefined && !regionCodes.has(code)) problems.push(`${where}: unknown region "${code}"`);
  };
  const checkSource = (id: string, where: string) => {
    if (!(id in book.sources)) problems.push(`${where}: unknown source id "${id}"`);
  };

  const regionNames: Record<string, string> = {};
  const claim = (table: Record<string, string | number>, name: string, value: string | number, what: string) => {
    const key = nameKey(name);
    if (!key) return;
    const had = table[key];
    if (had !== undefined && had !== value) problems.push(`${what} name "${name}" is claimed twice`);
    table[key] = value;
  };
  for (const r of book.regions) {
    for (const n of [r.code, r.name, r.nameJa, ...(r.aliases ?? [])]) claim(regionNames, n, r.code, 'region');
  }
  // "US East", "Asia Pacific", "EU", "欧州": the leading words of several regions' names or codes. Asked about, never
  // guessed; and a region's own alias may not be one of them (an alias "us east" for us-east-1 would be a guess).
  const regionPrefixes = namePrefixes(book.regions.map((r) => ({ value: r.code, names: [r.code, r.name, r.nameJa] })));
  const ambiguousRegions: Record<string, string[]> = {};
  for (const [key, codes] of regionPrefixes) {
    if (codes.size < 2) continue;
    const exact = regionNames[key];
    if (exact !== undefined)
      problems.push(`region name key "${key}" of ${exact} also names ${[...codes].filter((c) => c !== exact).join(', ')}`);
    else ambiguousRegions[key] = [...codes].sort();
  }

  const modelIndex = new Map(book.models.map((m, i) => [m.id, i]));
  const modelNames: Record<string, number> = {};
  book.models.forEach((m, i) => {
    for (const n of [m.id, m.name, ...m.aliases]) claim(modelNames, n, i, 'model');
    checkSource(m.lifecycle.source.id, `model ${m.id} lifecycle`);
    const regional = new Set<string>();
    for (const r of m.lifecycle.regional ?? []) {
      checkSource(r.source.id, `model ${m.id} regional lifecycle`);
      for (const code of r.regions) {
        checkRegion(code, `model ${m.id} regional lifecycle`);
        if (regional.has(code)) problems.push(`model ${m.id} regional lifecycle: ${code} is given dates twice`);
        regional.add(code);
      }
      if (!regionalDates(m.lifecycle, r))
        problems.push(`model ${m.id} regional lifecycle of ${r.regions.join(', ')}: no date differs from the model's own`);
    }
    for (const c of m.customization) {
      for (const r of c.regions) checkRegion(r, `model ${m.id} ${c.method}`);
      checkSource(c.source.id, `model ${m.id} ${c.method}`);
    }
    for (const r of m.provisionedThroughput.regions) checkRegion(r, `model ${m.id} PT`);
    checkSource(m.provisionedThroughput.source.id, `model ${m.id} PT`);
  });
  // The Price List mapping tables: one model per usage-type segment and per Marketplace servicename.
  for (const table of ['priceListSegments', 'marketplaceServiceNames'] as const) {
    const owner = new Map<string, string>();
    for (const m of book.models) {
      for (const s of m[table] ?? []) {
        const had = owner.get(s);
        if (had !== undefined && had !== m.id) problems.push(`${table} "${s}" is claimed by ${had} and ${m.id}`);
        owner.set(s, m.id);
      }
    }
  }
  // Shorter forms without the provider word, only where they name one model; a short form of several is ambiguous.
  const shortForms = new Map<string, Set<number>>();
  const shortNames = book.models.map((m) => {
    const forms = new Set<string>();
    for (const n of [m.name, ...m.aliases]) {
      const short = n.replace(DROPPABLE_WORDS, '');
      forms.add(short).add(short.replace(/ instruct$/i, ''));
    }
    return [...forms];
  });
  shortNames.forEach((forms, i) => {
    for (const form of forms) {
      const key = nameKey(form);
      if (key && modelNames[key] === undefined) (shortForms.get(key) ?? shortForms.set(key, new Set()).get(key)!).add(i);
    }
  });
  const ambiguousModels: Record<string, number[]> = {};
  for (const [key, owners] of shortForms) {
    if (owners.size === 1) modelNames[key] = [...owners][0]!;
    else ambiguousModels[key] = [...owners].sort((a, b) => a - b);
  }
  // "Llama 3", "Nova", "Claude 3", "Titan Text": the leading words of several models' names. A model's exact name or
  // alias wins ("Nova Lite" is Nova Lite even though "Nova Lite 2" starts with it); any other such key is asked about.
  for (const [key, owners] of namePrefixes(book.models.map((m, i) => ({ value: i, names: [m.name, ...m.aliases, ...shortNames[i]!] })))) {
    if (owners.size < 2 || modelNames[key] !== undefined) continue;
    ambiguousModels[key] = [...new Set([...(ambiguousModels[key] ?? []), ...owners])].sort((a, b) => a - b);
  }

  const archIndex = new Map(book.cmi.architectures.map((a, i) => [a.id, i]));
  const cmiNames: Record<string, string> = {};
  book.cmi.architectures.forEach((a, i) => {
    for (const n of [a.id, a.name, ...(a.aliases ?? [])]) claim(cmiNames, n, `a${i}`, 'CMI architecture');
  });
  book.cmi.presets.forEach((p, i) => {
    for (const n of [p.name, ...(p.aliases ?? [])]) claim(cmiNames, n, `p${i}`, 'CMI preset');
    const arch = archIndex.get(p.architecture);
    if (arch === undefined) problems.push(`CMI preset "${p.name}": unknown architecture "${p.architecture}"`);
    else if (!book.cmi.architectures[arch]!.cmuVersions.includes(p.cmuVersion))
      problems.push(`CMI preset "${p.name}": architecture ${p.architecture} has no CMU version ${p.cmuVersion}`);
    checkSource(p.source.id, `CMI preset "${p.name}"`);
  });
  // Bedrock models priced as the same weights imported: the preset must exist, and one preset per model.
  const cmiModels: Record<string, number> = {};
  for (const cm of book.cmi.models ?? []) {
    const preset = book.cmi.presets.findIndex((p) => p.name === cm.preset);
    if (!modelIndex.has(cm.model)) problems.push(`CMI model size ${cm.model}: unknown model`);
    if (preset < 0) problems.push(`CMI model size ${cm.model}: unknown preset "${cm.preset}"`);
    if (cm.model in cmiModels) problems.push(`CMI model size ${cm.model} appears twice`);
    checkSource(cm.source.id, `CMI model size ${cm.model}`);
    cmiModels[cm.model] = preset;
  }
  for (const r of book.regions) if (r.location) checkSource(r.location.source.id, `region ${r.code} location`);

  const prices: PriceTree = {};
  const seen = new Set<string>();
  // Only the sources a cell can show ship: those of prices (current and history), caveats and CMI sizes. Lifecycle,
  // region and gap sources are for the tools and stay in rates/sources.json.
  const shipped = new Set<string>([...book.cmi.presets.map((p) => p.source.id)]);
  for (const p of book.prices) {
    for (const r of [p, ...(p.history ?? [])]) shipped.add(r.source.id);
    if (p.caveat) shipped.add(p.caveat.source.id);
  }
  const sourceIds = Object.keys(book.sources).filter((id) => shipped.has(id));
  const units: Unit[] = [];
  const usageWords: string[] = [];
  const priced = new Map<string, Set<Item>>();
  let asOf = '';
  // The effective date of each source's prices (an offer's terms); a row that differs carries its own.
  const effectiveOf = new Map<string, string>();
  for (const p of book.prices)
    for (const r of [p, ...(p.history ?? [])]) if (r.effective && !effectiveOf.has(r.source.id)) effectiveOf.set(r.source.id, r.effective);
  const ownEffective = (r: { effective?: string; source: { id: string } }) =>
    (r.effective ?? '') === (effectiveOf.get(r.source.id) ?? '') ? '' : (r.effective ?? '-');
  const caveats: CompiledCaveat[] = [];
  const checkedCount = new Map<string, number>();
  for (const p of book.prices) {
    const key = priceKey(p);
    const label = `price ${key}`;
    if (seen.has(key)) problems.push(`${label} appears twice (an older value belongs in its history)`);
    seen.add(key);
    if (p.model !== undefined && !modelIndex.has(p.model)) problems.push(`${label}: unknown model "${p.model}"`);
    if (p.architecture !== undefined) {
      const arch = archIndex.get(p.architecture);
      if (arch === undefined) problems.push(`${label}: unknown CMI architecture "${p.architecture}"`);
      else if (!book.cmi.architectures[arch]!.cmuVersions.includes(p.cmuVersion ?? ''))
        problems.push(`${label}: architecture ${p.architecture} has no CMU version ${p.cmuVersion}`);
    }
    checkRegion(p.region, label);
    checkSource(p.source.id, label);
    for (const h of p.history ?? []) {
      checkSource(h.source.id, `${label} history`);
      // The current price is the newest first-party one; a newer secondary reading may stay in history.
      if (h.asOf > p.asOf && book.sources[h.source.id]?.firstParty)
        problems.push(`${label}: a first-party price of ${h.asOf} is in history but newer than the current one`);
    }
    const subject = key.split('|')[0]!;
    const byRegion = ((prices[subject] ??= {})[p.item] ??= {});
    const termVariant = p.term ? `${p.term}|${p.variant}` : '';
    if (!units.includes(p.unit)) units.push(p.unit);
    const sourceDate = book.sources[p.source.id]?.date;
    if (p.checked < p.asOf) problems.push(`${label}: checked ${p.checked} is before its as-of date ${p.asOf}`);
    checkedCount.set(p.checked, (checkedCount.get(p.checked) ?? 0) + 1);
    const extra: PriceExtra = {};
    if (p.checked !== p.asOf) extra.c = p.checked;
    if (p.caveat) {
      checkSource(p.caveat.source.id, `${label} caveat`);
      const c: CompiledCaveat = { kind: p.caveat.kind, note: p.caveat.note, noteJa: p.caveat.noteJa, sourceId: p.caveat.source.id };
      const same = caveats.findIndex((x) => JSON.stringify(x) === JSON.stringify(c));
      extra.k = same >= 0 ? same : caveats.push(c) - 1;
    }
    if (p.history?.length)
      extra.h = p.history.map((h): HistoryRow => {
        const e = ownEffective(h);
        const row: HistoryRow = [h.usd, h.asOf === book.sources[h.source.id]?.date ? '' : h.asOf, sourceIds.indexOf(h.source.id)];
        if (e) row.push(e);
        return row;
      });
    const e = ownEffective(p);
    if (e) extra.e = e;
    const ownDate = p.asOf === sourceDate ? '' : p.asOf;
    const row: PriceRow = [
      p.usd,
      units.indexOf(p.unit),
      ownDate,
      sourceIds.indexOf(p.source.id),
      p.source.usagetype ? packUsageType(p.source.usagetype, usageWords) : '',
    ];
    if (Object.keys(extra).length) row.push(extra);
    else if (row[4] === '') row.pop();
    (byRegion[p.region] ??= {})[termVariant] = row;
    if (p.model) {
      const set = priced.get(p.model) ?? new Set<Item>();
      set.add(p.item);
      priced.set(p.model, set);
    }
    if (p.asOf > asOf) asOf = p.asOf;
  }

  const gaps: CompiledBook['gaps'] = [];
  const gapNotes: CompiledBook['gapNotes'] = [];
  const noteIndex = new Map<string, number>();
  for (const g of book.gaps) {
    if (!modelIndex.has(g.model)) problems.push(`gap ${g.model} ${g.item}: unknown model`);
    checkRegion(g.region, `gap ${g.model} ${g.item}`);
    checkSource(g.source.id, `gap ${g.model} ${g.item}`);
    if (!g.noteJa) problems.push(`gap ${g.model} ${g.item}: no Japanese note (noteJa)`);
    const noteKey = `${g.note}\n${g.noteJa}`;
    let n = noteIndex.get(noteKey);
    if (n === undefined) noteIndex.set(noteKey, (n = gapNotes.push([g.note, g.noteJa]) - 1));
    gaps.push([g.model, g.item, g.region ?? '', g.term ?? '', g.variant ?? '', g.reason === 'not-sold' ? 1 : 0, n]);
  }

  if (problems.length) throw new BookError(problems);

  const models: CompiledModel[] = book.models.map((m) => ({
    id: m.id,
    name: m.name,
    provider: m.provider,
    trainingUnit: m.trainingUnit,
    status: m.lifecycle.status,
    ...(m.lifecycle.legacyDate ? { legacyDate: m.lifecycle.legacyDate } : {}),
    ...(m.lifecycle.eolDate ? { eolDate: m.lifecycle.eolDate } : {}),
    ...(m.lifecycle.publicExtendedAccessDate ? { extendedDate: m.lifecycle.publicExtendedAccessDate } : {}),
    ...(m.lifecycle.replacement?.length ? { replacement: m.lifecycle.replacement } : {}),
    ...(m.lifecycle.regional?.length
      ? { regional: m.lifecycle.regional.map((r) => ({ regions: r.regions, ...regionalDates(m.lifecycle, r) })) }
      : {}),
    // Customization and PT regions are not shipped: no cell or sidebar reads them (rates:check reads rates/).
    priced: ITEM_ORDER.filter((i) => priced.get(m.id)?.has(i)),
  }));

  const sources: CompiledBook['sources'] = {};
  for (const [id, s] of Object.entries(book.sources)) {
    if (!shipped.has(id)) continue;
    sources[id] = {
      title: s.title,
      date: s.date,
      ...(s.url ? { url: s.url } : {}),
      ...(s.repo ? { repo: s.repo } : {}),
      ...(s.path ? { path: s.path } : {}),
      ...(s.commit ? { commit: s.commit } : {}),
      ...(s.version ? { version: s.version } : {}),
      ...(effectiveOf.has(id) ? { effective: effectiveOf.get(id)! } : {}),
    };
  }
  if (problems.length) throw new BookError(problems);

  const checkedDates = [...checkedCount.keys()].sort();
  const most = [...checkedCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]?.[0] ?? '';
  return {
    asOf,
    regions: book.regions.map((r) => ({
      code: r.code,
      name: r.name,
      nameJa: r.nameJa,
      ...(r.location ? { location: [r.location.lat, r.location.lon] as [number, number] } : {}),
    })),
    regionNames,
    ambiguousRegions,
    sources,
    models,
    modelIds: models.map((m) => m.id),
    modelNames,
    ambiguousModels,
    cmi: {
      architectures: book.cmi.architectures.map((a) => ({ id: a.id, name: a.name, versions: a.cmuVersions })),
      presets: book.cmi.presets.map((p) => ({
        name: p.name,
        architecture: p.architecture,
        cmuVersion: p.cmuVersion,
        cmus: p.cmus,
        sourceId: p.source.id,
      })),
      names: cmiNames,
      models: cmiModels,
    },
    units,
    sourceIds,
    checked: { from: checkedDates[0] ?? '', to: checkedDates[checkedDates.length - 1] ?? '', most },
    caveats,
    usageWords,
    prices,
    gaps,
    gapNotes,
  };
}
