/**
 * A real spreadsheet formula engine (HyperFormula, GPL-3.0: a test and preview tool only, never bundled into the
 * add-on) with the add-on's custom functions registered in it. The functions passed in are the ones Apps Script
 * would call — the built bundle's globals — so a budget sheet evaluates exactly as it would in Google Sheets.
 *
 * A function that returns a table (BEDROCK_COMPARE, BEDROCK_RATE_INFO, BEDROCK_MODELS) spills into the cells to the
 * right and below, as in Google Sheets. HyperFormula fixes the size of a spill when it parses the formula, before
 * anything is evaluated, so the size is found by calling the function once with the formula's arguments. That is
 * only possible when every argument is written in the formula (a number, a text, or left out) — what the sidebar
 * inserts. With a cell reference among the arguments the size cannot be known then, and, as with HyperFormula's own
 * SEQUENCE, a table shows as #VALUE! (a single value still shows) — unless its size is fixed (FIXED_TABLE_SIZES).
 * Inside another formula (INDEX(BEDROCK_COMPARE(…), 2, 6)) a table is an ordinary array either way.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ConfigParams, Sheets } from 'hyperformula';

export type SheetFunction = (...args: unknown[]) => unknown;

function plain(v: unknown): unknown {
  if (typeof v === 'symbol') return ''; // HyperFormula's EmptyValue: a blank cell
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(plain));
  if (v && typeof v === 'object' && 'val' in v) return (v as { val: unknown }).val; // a typed number (currency, %)
  return v;
}

/** The argument nodes of a parsed formula call, as far as this file reads them. */
interface ArgNode {
  type: string;
  value?: unknown;
}

const NO_VALUE = Symbol('not written in the formula');

/**
 * Table functions whose size never depends on their arguments: these spill even when an argument is a cell
 * reference (the budget template's =BEDROCK_ESTIMATE(B5, …) is always a header and five options, 7 columns).
 */
export const FIXED_TABLE_SIZES: Readonly<Record<string, { cols: number; rows: number }>> = {
  BEDROCK_ESTIMATE: { cols: 7, rows: 6 },
};

/** The value of an argument written in the formula ("x", 8, -1, or left out), or NO_VALUE for anything else. */
function literal(node: ArgNode): unknown {
  switch (node.type) {
    case 'NUMBER':
    case 'STRING':
      return node.value;
    case 'EMPTY':
      return '';
    case 'MINUS_UNARY_OP':
    case 'PLUS_UNARY_OP': {
      const inner = node.value as ArgNode;
      return inner.type === 'NUMBER' ? (node.type === 'MINUS_UNARY_OP' ? -(inner.value as number) : inner.value) : NO_VALUE;
    }
    default:
      return NO_VALUE;
  }
}

/** A table result as a spill; a one-cell table as its value. */
function cellResult(result: unknown): unknown {
  if (!Array.isArray(result)) return result;
  if (result.length === 1 && result[0].length === 1) return result[0][0];
  return SimpleRangeValue.onlyValues(result);
}

/** Builds an engine in which each name in `functions` is a formula function, then loads the sheets. */
export function buildEngine(
  functions: Record<string, SheetFunction>,
  sheets: Record<string, unknown[][]>,
  config: Partial<ConfigParams> = {},
): HyperFormula {
  class AddonFunctions extends FunctionPlugin {}
  const implemented: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  const methods = AddonFunctions.prototype as unknown as Record<string, unknown>;
  for (const [name, fn] of Object.entries(functions)) {
    const method = `call_${name}`;
    const sizeMethod = `size_${name}`;
    implemented[name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      parameters: Array.from({ length: Math.max(fn.length, 1) }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
    };
    translations[name] = name;
    methods[method] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      return (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction(
        ast.args,
        state,
        (this as unknown as { metadata: (n: string) => unknown }).metadata(name),
        (...args: unknown[]) => {
          try {
            return cellResult(fn(...args.map(plain)));
          } catch (e) {
            return new CellError(ErrorType.VALUE, (e as Error).message);
          }
        },
      );
    };
    // Called when the formula is parsed: the size of the result, from one call with the arguments as written.
    methods[sizeMethod] = (ast: { args: ArgNode[] }): ArraySize => {
      const args = ast.args.map(literal);
      const fixed = FIXED_TABLE_SIZES[name];
      if (args.includes(NO_VALUE)) return fixed ? new ArraySize(fixed.cols, fixed.rows) : ArraySize.scalar();
      try {
        const result = fn(...args);
        if (Array.isArray(result) && result.length > 0)
          return new ArraySize(Math.max(...result.map((row: unknown[]) => row.length)), result.length);
      } catch {
        // An error is one cell, like any value.
      }
      return ArraySize.scalar();
    };
  }
  (AddonFunctions as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(AddonFunctions, { enGB: translations, enUS: translations });
  // An empty string is a blank cell, as in Google Sheets (to HyperFormula it is a text, which would block a spill).
  const blanked: Sheets = {};
  for (const [name, rows] of Object.entries(sheets))
    blanked[name] = rows.map((row) => row.map((v) => (v === '' ? null : v))) as Sheets[string];
  return HyperFormula.buildFromSheets(blanked, { licenseKey: 'gpl-v3', ...config });
}
