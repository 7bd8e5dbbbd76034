import { useEffect, useState } from 'react';
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { Host, TeamsTheme } from './host.types.js';

export function fluentThemeOf(theme: TeamsTheme): Theme {
  switch (theme) {
    case 'default':
      return teamsLightTheme;
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
  }
}

type MediaSource = (
  query: string,
) => Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;

function browserTheme(media: MediaSource): TeamsTheme {
  if (media('(forced-colors: active)').matches) return 'contrast';
  return media('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

function windowMedia(): MediaSource | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia.bind(window) : undefined;
}

/** The Teams theme with its live changes, or (standalone) the browser's preference. */
export function useHostTheme(host: Host, media?: MediaSource): TeamsTheme {
  const [mediaSource] = useState<MediaSource | undefined>(() => media ?? windowMedia());
  const [theme, setTheme] = useState<TeamsTheme>(() => {
    if (host.kind === 'teams') return host.info.theme;
    return mediaSource ? browserTheme(mediaSource) : 'default';
  });
  useEffect(() => {
    if (host.kind === 'teams') {
      host.sdk.onThemeChange(setTheme);
      return undefined;
    }
    if (!mediaSource) return undefined;
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map(mediaSource);
    const update = () => setTheme(browserTheme(mediaSource));
    queries.forEach((q) => q.addEventListener('change', update));
    return () => queries.forEach((q) => q.removeEventListener('change', update));
  }, [host, mediaSource]);
  return theme;
}
