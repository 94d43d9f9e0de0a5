/**
 * A real spreadsheet formula engine (HyperFormula, GPL-3.0: a test and preview tool only, never bundled into the
 * add-on) with the add-on's custom functions registered in it. The functions passed in are the ones Apps Script
 * would call — the built bundle's globals — so a budget sheet evaluates exactly as it would in Google Sheets.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ConfigParams, Sheets } from 'hyperformula';

export type SheetFunction = (...args: unknown[]) => unknown;

function plain(v: unknown): unknown {
  if (typeof v === 'symbol') return ''; // HyperFormula's EmptyValue: a blank cell
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(plain));
  if (v && typeof v === 'object' && 'val' in v) return (v as { val: unknown }).val; // a typed number (currency, %)
  return v;
}

/** Builds an engine in which each name in `functions` is a formula function, then loads the sheets. */
export function buildEngine(functions: Record<string, SheetFunction>, sheets: Record<string, unknown[][]>, config: Partial<ConfigParams> = {}): HyperFormula {
  class AddonFunctions extends FunctionPlugin {}
  const implemented: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  for (const [name, fn] of Object.entries(functions)) {
    const method = `call_${name}`;
    implemented[name] = {
      method,
      parameters: Array.from({ length: Math.max(fn.length, 1) }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
    };
    translations[name] = name;
    (AddonFunctions.prototype as unknown as Record<string, unknown>)[method] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      return (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction(
        ast.args,
        state,
        (this as unknown as { metadata: (n: string) => unknown }).metadata(name),
        (...args: unknown[]) => {
          try {
            const result = fn(...args.map(plain));
            if (Array.isArray(result)) {
              if (result.length === 1 && result[0].length === 1) return result[0][0];
              return new CellError(ErrorType.VALUE, 'array results are not shown by this engine');
            }
            return result as number | string;
          } catch (e) {
            return new CellError(ErrorType.VALUE, (e as Error).message);
          }
        },
      );
    };
  }
  (AddonFunctions as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(AddonFunctions, { enGB: translations, enUS: translations });
  return HyperFormula.buildFromSheets(sheets as Sheets, { licenseKey: 'gpl-v3', ...config });
}
