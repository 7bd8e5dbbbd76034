import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserTestFiles, chromiumNotice, chromiumPath } from './support/chromium-check.js';

describe('chromiumNotice', () => {
  it('says in one line which tests did not run and how to install Chromium when it is missing', () => {
    const notice = chromiumNotice('/nowhere/chromium');
    expect(notice).toBeDefined();
    expect(notice).not.toContain('\n');
    expect(notice).toContain('/nowhere/chromium');
    for (const file of browserTestFiles) expect(notice).toContain(file);
    expect(notice).toContain('apt-get install chromium');
  });

  it('says nothing when the browser is there', () => {
    expect(chromiumNotice(process.execPath)).toBeUndefined();
  });

  it('names every browser test: each file that skips without Chromium', () => {
    const skipping = readdirSync('tests', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.test\.tsx?$/.test(file))
      .map((file) => join('tests', file))
      .filter((file) => /describeInChromium\(/.test(readFileSync(file, 'utf8')));
    expect([...skipping].sort()).toEqual([...browserTestFiles].sort());
    expect(chromiumPath).toBe('/usr/bin/chromium');
  });
});
