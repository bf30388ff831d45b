// `npm test` runs in a real Chromium. No npm package can download one here, so fail at once with one
// actionable line instead of letting the test runner hang or print a stack trace.
import { chromePath } from './chrome-path.mjs';

if (!chromePath()) {
  console.error('npm test needs Chromium or Chrome: install it (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`) or set CHROME_PATH to its binary.');
  process.exit(1);
}
