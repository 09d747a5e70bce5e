import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from '../../src/project-root';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides. Never downloaded. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots and downloads of browser tests (git-ignored). */
export const resultsDir = join(projectRoot, 'test-results');

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** A headless Chromium; Playwright gives each launch a fresh temporary profile (its own --user-data-dir). */
export async function launchChromium(): Promise<TestBrowser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}, which the browser tests drive: install Debian's (sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary (see README, Tests)',
    );
  }
  mkdirSync(resultsDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}
