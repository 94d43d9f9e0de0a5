/**
 * Which fields each view of the sidebar sends, and the request they make. Shared by the page (src/client), which
 * builds every request from what is typed, and the server, which answers the default request before the page asks
 * (getSidebarModel's `first`), so that answer is the one the page would have asked for. No prices here.
 */
import type { Kind, QuoteRequest } from './sidebar-types';

/** The inputs of the form by id; `rftHours` is sent as `hours`, `base` (a checkbox, "true" when ticked) as "base:…". */
export type InputId = Exclude<keyof QuoteRequest, 'kind' | 'model' | 'region' | 'jpyPerUsd'> | 'rftHours' | 'base';

export const FIELDS_BY_KIND: Record<Kind, InputId[]> = {
  estimate: ['inputTokens', 'outputTokens', 'schedule', 'units', 'month'],
  training: ['tokens', 'epochs'],
  storage: ['months'],
  pt: ['units', 'term', 'hours'],
  'pt-compare': ['units', 'hours'],
  compare: ['base', 'units', 'schedule', 'month'],
  ondemand: ['inputTokens', 'outputTokens'],
  rft: ['rftHours'],
  cmi: ['cmus', 'copies', 'minutes'],
  'cmi-month': ['cmus', 'copies', 'hoursPerDay', 'days'],
  'cmi-storage': ['cmus', 'months'],
};

/** The request for a view, a model and the fields as typed. */
export function requestFor(
  kind: Kind,
  model: string,
  values: Partial<Record<InputId, string>>,
  options: { region?: string; jpyPerUsd?: string } = {},
): QuoteRequest {
  const req: QuoteRequest = { kind, model };
  if (options.region) req.region = options.region;
  for (const f of FIELDS_BY_KIND[kind]) {
    const v = values[f] ?? '';
    if (f === 'rftHours') req.hours = v;
    else if (f === 'base') {
      if (v === 'true') req.model = `base:${model}`;
    } else req[f] = v;
  }
  if (options.jpyPerUsd) req.jpyPerUsd = options.jpyPerUsd;
  return req;
}
