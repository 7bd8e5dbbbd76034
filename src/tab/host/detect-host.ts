import type { Host, TeamsSdk } from './host.types.js';

export type HostWindow = {
  readonly self: unknown;
  readonly top: unknown;
  /** Where a Teams deep link's route is opened (the window's own location). */
  readonly location?: { hash: string };
};

/**
 * Outside an iframe the tab is standalone at once (teams-js would reject anyway); inside one,
 * teams-js is loaded (its own chunk) and `initialize()` is raced against a timer because a non-Teams frame makes it hang for 60 s.
 */
export async function detectHost(
  win: HostWindow,
  sdk: () => Promise<TeamsSdk>,
  timeoutMs = 4000,
): Promise<Host> {
  if (win.self === win.top) return { kind: 'standalone' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const teams = await sdk();
    const first = await Promise.race([teams.initialize().then(() => 'ready' as const), timeout]);
    if (first === 'timeout') return { kind: 'standalone' };
    return { kind: 'teams', info: await teams.getInfo(), sdk: teams };
  } catch {
    return { kind: 'standalone' };
  } finally {
    clearTimeout(timer);
  }
}
