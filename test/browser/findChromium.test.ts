// @vitest-environment node
import { findChromium } from './findChromium';
import { isDebianLike } from '../../scripts/debianPackages';

const PLAYWRIGHTS = '/root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
const on = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first', () => {
    expect(findChromium({ chromiumPathVariable: '/opt/chrome', playwrightChromium: PLAYWRIGHTS, exists: on('/opt/chrome', '/usr/bin/chromium') })).toBe('/opt/chrome');
  });

  it('finds nothing when CHROMIUM_PATH names a missing file, rather than another browser', () => {
    expect(findChromium({ chromiumPathVariable: '/opt/typo', playwrightChromium: PLAYWRIGHTS, exists: on('/usr/bin/chromium') })).toBeNull();
  });

  it("takes Debian's, then Ubuntu's, then Playwright's own", () => {
    const search = (exists: (path: string) => boolean) => findChromium({ playwrightChromium: PLAYWRIGHTS, exists });
    expect(search(on('/usr/bin/chromium', '/usr/bin/chromium-browser', PLAYWRIGHTS))).toBe('/usr/bin/chromium');
    expect(search(on('/usr/bin/chromium-browser', PLAYWRIGHTS))).toBe('/usr/bin/chromium-browser');
    expect(search(on(PLAYWRIGHTS))).toBe(PLAYWRIGHTS);
    expect(search(on())).toBeNull();
  });
});

describe('isDebianLike', () => {
  it('knows Debian and Ubuntu, and systems like them', () => {
    expect(isDebianLike('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe(true);
    expect(isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike('ID="fedora"\n')).toBe(false);
    expect(isDebianLike('')).toBe(false);
  });
});
