import { describe, expect, it, vi } from 'vitest';
import { detectHost } from '../../../src/tab/host/detect-host.js';
import type { TeamsInfo, TeamsSdk } from '../../../src/tab/host/host.types.js';

const info: TeamsInfo = { theme: 'dark', locale: 'en-US', frameContext: 'content' };

function sdk(initialize: () => Promise<void>): TeamsSdk {
  return {
    initialize,
    getInfo: () => Promise.resolve(info),
    onThemeChange: () => undefined,
    setSaveEnabled: () => undefined,
    onSave: () => undefined,
  };
}

describe('detectHost', () => {
  it('is standalone at once in a top-level window, without loading teams-js', async () => {
    const load = vi.fn();
    const win = { self: 1, top: 1 };
    expect(await detectHost(win, load)).toEqual({ kind: 'standalone' });
    expect(load).not.toHaveBeenCalled();
  });

  it('is Teams when initialize succeeds inside a frame', async () => {
    const teams = sdk(() => Promise.resolve());
    expect(await detectHost({ self: 1, top: 2 }, () => Promise.resolve(teams))).toEqual({
      kind: 'teams',
      info,
      sdk: teams,
    });
  });

  it('is standalone when initialize fails', async () => {
    const teams = sdk(() => Promise.reject(new Error('No Parent window found.')));
    expect(await detectHost({ self: 1, top: 2 }, () => Promise.resolve(teams))).toEqual({
      kind: 'standalone',
    });
  });

  it('stops waiting for a frame that never answers', async () => {
    vi.useFakeTimers();
    try {
      const teams = sdk(() => new Promise(() => undefined));
      const detected = detectHost({ self: 1, top: 2 }, () => Promise.resolve(teams), 4000);
      await vi.advanceTimersByTimeAsync(4000);
      expect(await detected).toEqual({ kind: 'standalone' });
    } finally {
      vi.useRealTimers();
    }
  });
});
