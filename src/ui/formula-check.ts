/**
 * What the sidebar may write as a formula: one call of one of the add-on's own cell functions, whose arguments are
 * all literals — text ("Nova Lite", quotes doubled inside), numbers (12, -0.5, 1e6), TRUE/FALSE, array literals
 * ({1,2;3,4} of those) or blanks (`, ,`) — and nothing else: no other function, no reference (A1, Sheet1!A1, a named
 * range), no operator outside a literal, no text after the closing parenthesis. A prefix check would let
 * `=BEDROCK_RATE("x")+IMPORTXML(…)` through; this is a small recursive-descent parser over exactly that grammar:
 *
 *   formula := "=" ws NAME ws "(" ws [ arg ( ws "," ws arg )* ] ws ")" ws END
 *   arg     := "" | literal | "{" row ( ";" row )* "}"      row := literal ( "," literal )*
 *   literal := string | number | TRUE | FALSE
 *
 * The function names are not listed here: they are the add-on's cell functions as src/server/cold-api.ts exports them
 * (bedrockFtCost ↔ BEDROCK_FT_COST, the wrapper src/gas/entry.js declares for it; test/ui/formula-check.test.ts
 * checks the two lists are one), so a function added to the add-on can be inserted without touching this file.
 */
import { msg, type Message } from '../core/message';
// The cells' full implementation: every BEDROCK_ function, as src/server/api.ts exposes it (the plain path in front
// of some changes speed, never the set of functions). Not api.ts itself: it reads a module only the build writes.
import * as api from '../server/cold-api';

/** Formulas longer than this are refused before parsing (the longest the sidebar makes is far shorter). */
export const MAX_FORMULA_LENGTH = 2000;

/** bedrockPricesAsOf → BEDROCK_PRICES_AS_OF: how entry.js names the wrapper of each api export. */
export function cellFunctionName(exportName: string): string {
  return exportName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

let names: ReadonlySet<string> | undefined;

/** The add-on's cell functions, BEDROCK_… — derived from the api module's bedrock* exports on first use. */
export function ownFunctions(): ReadonlySet<string> {
  names ??= new Set(
    Object.keys(api)
      .filter((k) => /^bedrock[A-Z]/.test(k) && typeof (api as Record<string, unknown>)[k] === 'function')
      .map(cellFunctionName),
  );
  return names;
}

export type FormulaCheck = { ok: true; name: string } | { ok: false; reason: Message };

/** A short excerpt of the formula from `at`, for a message: never the whole (possibly long) input. */
function near(f: string, at: number): string {
  const s = f.slice(at, at + 24);
  return at + 24 < f.length ? `${s}…` : s;
}

class Refused {
  constructor(readonly reason: Message) {}
}

/** Check one formula. Returns the function it calls, or why it may not be written. */
export function checkFormula(formula: unknown): FormulaCheck {
  if (typeof formula !== 'string') return { ok: false, reason: msg('insert.reason-not-text') };
  if (formula.length > MAX_FORMULA_LENGTH) return { ok: false, reason: msg('insert.reason-too-long', { max: MAX_FORMULA_LENGTH }) };
  const f = formula;
  let i = 0;
  const ws = () => {
    while (i < f.length && (f[i] === ' ' || f[i] === '\t')) i++;
  };
  const fail = (reason: Message): never => {
    throw new Refused(reason);
  };
  const notLiteral = (): never =>
    fail(i >= f.length ? msg('insert.reason-incomplete') : msg('insert.reason-not-literal', { near: near(f, i) }));

  /** A literal at i, or false when none starts here. */
  const literal = (): boolean => {
    const c = f[i];
    if (c === '"') {
      i++;
      for (;;) {
        if (i >= f.length) fail(msg('insert.reason-incomplete'));
        if (f[i] === '"') {
          if (f[i + 1] === '"') i += 2;
          else {
            i++;
            return true;
          }
        } else i++;
      }
    }
    const num = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(f.slice(i, i + 400));
    if (num) {
      i += num[0].length;
      // 12A1 or 1.5.2 is not a number followed by nothing: the literal must end here.
      if (i < f.length && /[\w.$!:]/.test(f[i]!)) notLiteral();
      return true;
    }
    const bool = /^(?:TRUE|FALSE)(?![\w.$!:(])/i.exec(f.slice(i, i + 6));
    if (bool) {
      i += bool[0].length;
      return true;
    }
    return false;
  };

  const arg = (): void => {
    ws();
    if (f[i] === ',' || f[i] === ')') return; // a blank argument
    if (f[i] === '{') {
      i++;
      for (;;) {
        ws();
        if (!literal()) notLiteral();
        ws();
        if (f[i] === ',' || f[i] === ';') {
          i++;
          continue;
        }
        if (f[i] === '}') {
          i++;
          break;
        }
        notLiteral();
      }
      ws();
      return;
    }
    if (!literal()) notLiteral();
    ws();
  };

  try {
    if (f[0] !== '=') fail(msg('insert.reason-no-equals'));
    i = 1;
    ws();
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(f.slice(i, i + 100))?.[0] ?? '';
    if (!ownFunctions().has(name)) fail(msg('insert.reason-unknown-function', { name: near(name || f.slice(i), 0) }));
    i += name.length;
    ws();
    if (f[i] !== '(') fail(msg('insert.reason-not-call', { name }));
    i++;
    ws();
    if (f[i] === ')') i++;
    else {
      for (;;) {
        arg();
        if (f[i] === ',') {
          i++;
          continue;
        }
        if (f[i] === ')') {
          i++;
          break;
        }
        notLiteral();
      }
    }
    ws();
    if (i < f.length) fail(msg('insert.reason-trailing', { near: near(f, i) }));
    return { ok: true, name };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.reason };
    throw e;
  }
}
