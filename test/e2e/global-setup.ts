import { existsSync } from 'node:fs';
import { CHROME_PATH, EXT_DIR } from './harness';

export default function setup(): void {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `End-to-end tests need Chromium at ${CHROME_PATH}.\n` +
        `Install it with: sudo apt-get install -y chromium   (or set CHROME_PATH to a Chromium binary).`,
    );
  }
  if (!existsSync(`${EXT_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXT_DIR}: run npm run build (npm test does it for you).`);
  }
}
