/**
 * Installs a Debian package when this machine can: as root on Debian or Ubuntu (as CI runs).
 * Elsewhere the caller says in one line what the user must install instead.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Whether /etc/os-release names Debian or Ubuntu (itself or as the system it is like). */
export function isDebianLike(osRelease: string): boolean {
  const ids = osRelease
    .split('\n')
    .filter((line) => /^(ID|ID_LIKE)=/.test(line))
    .flatMap((line) => line.replace(/^[A-Z_]+=/, '').replace(/"/g, '').split(/\s+/));
  return ids.some((id) => id === 'debian' || id === 'ubuntu');
}

function readOsRelease(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

export function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && isDebianLike(readOsRelease());
}

/** apt-get update and install, quietly; throws when apt fails. */
export function installWithApt(...packageNames: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`Installing Debian's ${packageNames.join(', ')} (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packageNames], { stdio: ['ignore', 'ignore', 'inherit'], env });
}
