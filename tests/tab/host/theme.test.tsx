// @vitest-environment jsdom
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TeamsSdk, TeamsTheme } from '../../../src/tab/host/host.types.js';
import { fluentThemeOf, useHostTheme } from '../../../src/tab/host/theme.js';

function media(initial: Record<string, boolean>) {
  const listeners = new Map<string, () => void>();
  const state = { ...initial };
  const source = (query: string) => ({
    get matches() {
      return state[query] ?? false;
    },
    addEventListener: (_: string, l: () => void) => listeners.set(query, l),
    removeEventListener: () => listeners.delete(query),
  });
  const set = (query: string, value: boolean) => {
    state[query] = value;
    listeners.get(query)?.();
  };
  return { source: source as never, set };
}

describe('useHostTheme', () => {
  it('maps Teams themes to the Fluent Teams themes', () => {
    expect(fluentThemeOf('default')).toBe(teamsLightTheme);
    expect(fluentThemeOf('dark')).toBe(teamsDarkTheme);
    expect(fluentThemeOf('contrast')).toBe(teamsHighContrastTheme);
  });

  it('follows the browser preference standalone, live', () => {
    const m = media({ '(prefers-color-scheme: dark)': true });
    const { result } = renderHook(() => useHostTheme({ kind: 'standalone' }, m.source));
    expect(result.current).toBe('dark');
    act(() => m.set('(prefers-color-scheme: dark)', false));
    expect(result.current).toBe('default');
    act(() => m.set('(forced-colors: active)', true));
    expect(result.current).toBe('contrast');
  });

  it('follows Teams theme changes', () => {
    let handler: ((t: TeamsTheme) => void) | undefined;
    const sdk = {
      onThemeChange: (h: (t: TeamsTheme) => void) => (handler = h),
    } as unknown as TeamsSdk;
    const host = {
      kind: 'teams' as const,
      info: { theme: 'default' as const, locale: 'sv-SE', frameContext: 'content' },
      sdk,
    };
    const { result } = renderHook(() => useHostTheme(host));
    expect(result.current).toBe('default');
    act(() => handler!('contrast'));
    expect(result.current).toBe('contrast');
  });
});
