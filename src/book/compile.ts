/**
 * Build step: turn the price book (rates/*.json, already schema-valid) into the CompiledBook that ships to Apps
 * Script, checking what a schema cannot: that every reference resolves and that no two names collide.
 */
import type { CompiledBook, CompiledModel, PriceTree } from '../core/compiled-book';
import { priceKey, type Item, type RawBook, type Unit } from '../core/price-book';
import { nameKey } from '../core/text';

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

/** The file (or folder) of a public GitHub repository at a commit, as a link; GitHub redirects blob/ to tree/ for folders. */
export class BookError extends Error {
  constructor(readonly problems: string[]) {
    super(`The price book has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
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

  const modelIndex = new Map(book.models.map((m, i) => [m.id, i]));
  const modelNames: Record<string, number> = {};
  book.models.forEach((m, i) => {
    for (const n of [m.id, m.name, ...m.aliases]) claim(modelNames, n, i, 'model');
    checkSource(m.lifecycle.source.id, `model ${m.id} lifecycle`);
    for (const c of m.customization) {
      c.regions.forEach((r) => checkRegion(r, `model ${m.id} ${c.method}`));
      checkSource(c.source.id, `model ${m.id} ${c.method}`);
    }
    m.provisionedThroughput.regions.forEach((r) => checkRegion(r, `model ${m.id} PT`));
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
  // Shorter forms without the provider word, only where they name nothing else.
  book.models.forEach((m, i) => {
    for (const n of [m.name, ...m.aliases]) {
      const short = n.replace(DROPPABLE_WORDS, '');
      for (const form of [short, short.replace(/ instruct$/i, '')]) {
        const key = nameKey(form);
        if (key && modelNames[key] === undefined) modelNames[key] = i;
      }
    }
  });

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
  const sourceIds = Object.keys(book.sources);
  const units: Unit[] = [];
  const priced = new Map<string, Set<Item>>();
  let asOf = '';
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
    (byRegion[p.region] ??= {})[termVariant] = [
      p.usd,
      units.indexOf(p.unit),
      p.asOf === sourceDate ? '' : p.asOf,
      sourceIds.indexOf(p.source.id),
      p.source.usagetype ?? '',
    ];
    if (p.model) {
      const set = priced.get(p.model) ?? new Set<Item>();
      set.add(p.item);
      priced.set(p.model, set);
    }
    if (p.asOf > asOf) asOf = p.asOf;
  }

  const gaps: CompiledBook['gaps'] = [];
  for (const g of book.gaps) {
    if (!modelIndex.has(g.model)) problems.push(`gap ${g.model} ${g.item}: unknown model`);
    checkRegion(g.region, `gap ${g.model} ${g.item}`);
    checkSource(g.source.id, `gap ${g.model} ${g.item}`);
    // Field by field, so what ships is what the compiled type names (noteJa only when the book has one).
    gaps.push({
      model: g.model,
      item: g.item,
      ...(g.region !== undefined ? { region: g.region } : {}),
      ...(g.term !== undefined ? { term: g.term } : {}),
      ...(g.variant !== undefined ? { variant: g.variant } : {}),
      reason: g.reason,
      note: g.note,
      ...(g.noteJa ? { noteJa: g.noteJa } : {}),
    });
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
    ...(m.lifecycle.replacement?.length ? { replacement: m.lifecycle.replacement } : {}),
    customization: m.customization.map((c) => ({ method: c.method, regions: c.regions })),
    ptRegions: m.provisionedThroughput.regions,
    priced: ITEM_ORDER.filter((i) => priced.get(m.id)?.has(i)),
  }));

  const sources: CompiledBook['sources'] = {};
  for (const [id, s] of Object.entries(book.sources)) {
    sources[id] = {
      title: s.title,
      date: s.date,
      ...(s.url ? { url: s.url } : {}),
      ...(s.repo ? { repo: s.repo } : {}),
      ...(s.path ? { path: s.path } : {}),
      ...(s.commit ? { commit: s.commit } : {}),
      ...(s.version ? { version: s.version } : {}),
    };
  }
  if (problems.length) throw new BookError(problems);

  return {
    asOf,
    regions: book.regions.map((r) => ({
      code: r.code,
      name: r.name,
      nameJa: r.nameJa,
      ...(r.location ? { location: [r.location.lat, r.location.lon] as [number, number] } : {}),
    })),
    regionNames,
    sources,
    models,
    modelNames,
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
    prices,
    gaps,
  };
}
