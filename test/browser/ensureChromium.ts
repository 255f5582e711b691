/**
 * Run before the browser tests (npm run test:e2e): makes sure a Chromium is there, installing
 * Debian's where this machine can, or stops with one line that says what to install.
 */
import { canInstallWithApt, installWithApt } from '../../scripts/debianPackages';
import { findLocalChromium } from './findChromium';

if (!findLocalChromium()) {
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
    process.exit(1);
  }
  if (!canInstallWithApt()) {
    console.error('No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to one.');
    process.exit(1);
  }
  installWithApt('chromium');
  if (!findLocalChromium()) {
    console.error('apt-get installed chromium, yet no Chromium was found at /usr/bin/chromium.');
    process.exit(1);
  }
}
