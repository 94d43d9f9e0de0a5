/**
 * src/server/api.ts and src/server/cold-room.ts read 'shipped:cold-room', a module only the build writes (jest maps
 * it to a stand-in). Anything run from source — the preview (`npm start`), the tools — must not import them, or it
 * fails to start; this walks the imports of src/ and scripts/ to keep it so.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const ALLOWED = new Set(['src/server/api.ts', 'src/server/cold-room.ts', 'src/gas/entry.d.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) ? [p] : [];
  });
}

test('only the bundle entry imports the modules that read what the build writes', () => {
  const offenders = [...files(join(root, 'src')), ...files(join(root, 'scripts'))]
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !ALLOWED.has(f))
    .filter((f) =>
      /from\s+'[^']*(server\/api|\/cold-room|\.\/api|\.\/cold-room)'|import\('[^']*server\/api'\)/.test(
        readFileSync(join(root, f), 'utf8'),
      ),
    );
  expect(offenders).toEqual([]);
});
