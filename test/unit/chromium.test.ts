/** The browser the sidebar tests launch: $CHROMIUM_PATH first, then the system's, then the one npm installs. */
import { accessSync, constants } from 'node:fs';
import { findChromium } from '../../scripts/lib/chromium';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, and refuses one that is not an executable', async () => {
    // /bin/sh stands in for a browser: only the lookup is under test.
    await expect(findChromium({ CHROMIUM_PATH: '/bin/sh', PATH: '' })).resolves.toEqual({
      executablePath: '/bin/sh',
      args: [],
      source: 'CHROMIUM_PATH',
    });
    await expect(findChromium({ CHROMIUM_PATH: '/no/such/chromium' })).rejects.toThrow(
      'CHROMIUM_PATH=/no/such/chromium is not an executable file.',
    );
  });

  it('falls back to the Chromium inside @sparticuz/chromium when system browsers are skipped', async () => {
    const found = await findChromium({ BEDROCK_NO_SYSTEM_CHROMIUM: '1', PATH: '' });
    expect(found.source).toBe('@sparticuz/chromium');
    expect(found.args).toContain('--no-zygote');
    // Decompressed out of the package (into the temp folder), not Debian's.
    expect(found.executablePath).not.toBe('/usr/bin/chromium');
    expect(() => accessSync(found.executablePath, constants.X_OK)).not.toThrow();
  });
});
