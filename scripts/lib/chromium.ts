/**
 * Which headless Chromium the browser tests (and anything else that drives the preview) launch, so `npm ci && npm test`
 * works on a machine that has no browser installed.
 *
 * Order: $CHROMIUM_PATH (the user's choice wins), then a system Chromium (Debian's /usr/bin/chromium, which .ci/run
 * installs with a CJK font for faithful screenshots), then @sparticuz/chromium, a devDependency whose Chromium ships
 * inside the npm package and is decompressed to the OS temp folder on first use. BEDROCK_NO_SYSTEM_CHROMIUM=1 skips the
 * system browsers, to check the last step on a machine that has them.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Chromium {
  executablePath: string;
  /** Command-line switches this build needs, besides the caller's own. */
  args: string[];
  /** Where it was found, for messages: 'CHROMIUM_PATH', 'system' or '@sparticuz/chromium'. */
  source: string;
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * The switches of @sparticuz/chromium's own list that its build needs off AWS Lambda: no zygote (its sandbox helper is
 * not shipped) and software GL. The rest of its list (--single-process, --disable-web-security, …) would make the
 * sidebar's iframe behave unlike a real browser, so it is left out.
 */
const SPARTICUZ_ARGS = ['--no-zygote', '--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first of SYSTEM_NAMES on the PATH (then in /usr/bin), or undefined. */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin'];
  for (const name of SYSTEM_NAMES) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  return undefined;
}

export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<Chromium> {
  if (env.CHROMIUM_PATH) {
    if (!executable(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file.`);
    return { executablePath: env.CHROMIUM_PATH, args: [], source: 'CHROMIUM_PATH' };
  }
  if (env.BEDROCK_NO_SYSTEM_CHROMIUM !== '1') {
    const system = systemChromium(env);
    if (system) return { executablePath: system, args: [], source: 'system' };
  }
  let packaged: { executablePath(): Promise<string> };
  try {
    const mod = require('@sparticuz/chromium');
    packaged = mod.default ?? mod;
  } catch {
    throw new Error(
      'No Chromium found: set CHROMIUM_PATH, install chromium (apt-get install chromium), or run npm ci (@sparticuz/chromium).',
    );
  }
  return { executablePath: await packaged.executablePath(), args: SPARTICUZ_ARGS, source: '@sparticuz/chromium' };
}
