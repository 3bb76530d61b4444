// Browser tests use Debian's Chromium. Install it when missing (needs root), never a downloaded browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (process.getuid && process.getuid() !== 0) {
    console.error(`${CHROMIUM} is missing; install it as root: apt-get install -y chromium`);
    process.exit(1);
  }
  console.log(`${CHROMIUM} is missing; installing Debian's chromium …`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
}
