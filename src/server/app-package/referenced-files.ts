import { isAbsolute, normalize, sep } from 'node:path';
import type { IconKind } from './icons.js';

/** A file the manifest names, which therefore belongs in the app package. */
export type ReferencedFile =
  | { readonly kind: 'icon'; readonly icon: IconKind; readonly path: string }
  | { readonly kind: 'localization'; readonly languageTag: string; readonly path: string };

type ManifestShape = {
  readonly icons?: Partial<Record<IconKind, unknown>>;
  readonly localizationInfo?: {
    readonly defaultLanguageTag?: unknown;
    readonly defaultLanguageFile?: unknown;
    readonly additionalLanguages?: readonly { languageTag?: unknown; file?: unknown }[];
  };
};

const iconKinds: readonly IconKind[] = ['color', 'outline', 'color32x32'];

/**
 * The icons and localization files a (schema-valid) manifest refers to, in a fixed order:
 * icons first, then the default language file, then the additional languages.
 */
export function referencedFiles(manifest: unknown): ReferencedFile[] {
  const m = manifest as ManifestShape;
  const files: ReferencedFile[] = [];
  for (const icon of iconKinds) {
    const path = m.icons?.[icon];
    if (typeof path === 'string') files.push({ kind: 'icon', icon, path });
  }
  const info = m.localizationInfo;
  if (typeof info?.defaultLanguageFile === 'string') {
    const languageTag = typeof info.defaultLanguageTag === 'string' ? info.defaultLanguageTag : '';
    files.push({ kind: 'localization', languageTag, path: info.defaultLanguageFile });
  }
  for (const language of info?.additionalLanguages ?? []) {
    if (typeof language.file === 'string' && typeof language.languageTag === 'string') {
      files.push({ kind: 'localization', languageTag: language.languageTag, path: language.file });
    }
  }
  return files;
}

/** The zip entry name for a manifest-relative path, or undefined if it leaves the package. */
export function entryName(path: string): string | undefined {
  if (path === '' || isAbsolute(path) || /^[A-Za-z]:/.test(path)) return undefined;
  const normal = normalize(path).split(sep).join('/');
  if (normal === '..' || normal.startsWith('../') || normal === 'manifest.json') return undefined;
  return normal;
}
