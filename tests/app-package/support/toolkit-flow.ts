import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { placeholderNames } from '../../../src/server/app-package/placeholders.js';
import { outlineBicep } from './bicep-outline.js';
import { projectRoot } from './project.js';

type Step = {
  readonly uses: string;
  readonly with?: Record<string, unknown>;
  readonly writeToEnvironmentFile?: Record<string, string>;
};
export type ProjectFile = {
  readonly version: string;
  readonly provision?: Step[];
  readonly deploy?: Step[];
  readonly publish?: Step[];
};

export function readProjectFile(name: string): ProjectFile {
  return parse(readFileSync(join(projectRoot, name), 'utf8')) as ProjectFile;
}

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const packageFiles = ['appPackage/manifest.json', 'appPackage/en-us.json'];

/** The placeholders a step needs: in its own text and in the files it fills in. */
function needs(step: Step): string[] {
  const files: string[] = [];
  const w = step.with ?? {};
  if (step.uses === 'arm/deploy') {
    for (const t of w.templates as { parameters?: string }[])
      if (t.parameters) files.push(t.parameters);
  }
  if (step.uses === 'aadApp/update') files.push(String(w.manifestPath));
  if (step.uses === 'teamsApp/zipAppPackage') files.push(...packageFiles);
  if (step.uses === 'cli/runNpmCommand' && String(w.args).startsWith('run package')) {
    files.push(...packageFiles);
  }
  const text = [JSON.stringify(step.with ?? {}), ...files.map((f) => read(f))].join('\n');
  return placeholderNames(text);
}

/** The variables a step writes to the environment file. */
function produces(step: Step): string[] {
  const written = Object.values(step.writeToEnvironmentFile ?? {});
  // Writing the environment's own file also sets the values for the later steps.
  if (step.uses === 'file/createOrUpdateEnvironmentFile') {
    const w = step.with ?? {};
    if (w.target === './env/.env.${{TEAMSFX_ENV}}')
      written.push(...Object.keys(w.envs as Record<string, unknown>));
  }
  if (step.uses === 'arm/deploy') {
    const templates = (step.with?.templates ?? []) as { path: string }[];
    for (const t of templates)
      written.push(...outlineBicep(read(t.path)).outputs.map((o) => o.name));
  }
  return written;
}

/** What a step makes up for itself when it is empty: aadApp/update, the access_as_user id. */
function generates(step: Step): string[] {
  return step.uses === 'aadApp/update' ? ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'] : [];
}

export type Flow = {
  /** `stage #index uses: NAME` for each placeholder used before anything defines it. */
  readonly undefinedUses: string[];
  readonly produced: ReadonlySet<string>;
};

/** Walks provision, deploy and publish in order, as the toolkit runs them. */
export function placeholderFlow(file: ProjectFile, known: Iterable<string>): Flow {
  const defined = new Set(['TEAMSFX_ENV', ...known]);
  const produced = new Set<string>();
  const undefinedUses: string[] = [];
  for (const stage of ['provision', 'deploy', 'publish'] as const) {
    (file[stage] ?? []).forEach((step, index) => {
      for (const name of generates(step)) defined.add(name);
      for (const name of needs(step)) {
        if (!defined.has(name)) undefinedUses.push(`${stage} #${index} ${step.uses}: ${name}`);
      }
      for (const name of [...generates(step), ...produces(step)]) {
        defined.add(name);
        produced.add(name);
      }
    });
  }
  return { undefinedUses, produced };
}
