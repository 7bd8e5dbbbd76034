import { createContext, useContext } from 'react';
import type { Clock } from '../../domain/clock.js';
import type { AuthSession } from '../auth/auth-session.js';
import type { TabBackend } from '../backend/tab-backend.js';
import type { Host } from '../host/host.types.js';
import type { LanguageStorage } from '../i18n/language-choice.js';

/** A file the user downloads (reports). */
export type DownloadFile = {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
};

/** What the views need from outside, wired once in main.tsx (fakes in tests). */
export type TabServices = {
  readonly backend: TabBackend;
  readonly auth: AuthSession;
  readonly clock: Clock;
  readonly host: Host;
  /** The tab's public address, for the channel tab's contentUrl. */
  readonly tabUrl: string;
  readonly download: (file: DownloadFile) => void;
  /** Where the chosen language is kept across reloads (absent: not kept). */
  readonly preferences?: LanguageStorage;
};

export const TabServicesContext = createContext<TabServices | null>(null);

export function useTabServices(): TabServices {
  const services = useContext(TabServicesContext);
  if (!services) throw new Error('TabServicesContext is missing');
  return services;
}
