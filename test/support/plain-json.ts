/** True when a value is what google.script.run can carry: no Date, function or class instance anywhere. */
export function plainJson(v: unknown): boolean {
  if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return true;
  if (Array.isArray(v)) return v.every(plainJson);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v as object).every(plainJson);
  return false;
}
