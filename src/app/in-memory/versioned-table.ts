import type { Versioned } from '../ports.js';

type Row<T> = { value: T; version: string; history: T[] };

/**
 * A keyed table that behaves like a SharePoint list with a unique key column: creating an
 * existing key fails, replacing needs the current version (or `*`), and every stored value
 * stays in the row's history. Values are copied in and out, so callers cannot change the store.
 */
export class VersionedTable<T extends object> {
  private readonly rows = new Map<string, Row<T>>();

  constructor(private readonly nextVersion: () => string) {}

  get(key: string): Versioned<T> | undefined {
    const row = this.rows.get(key);
    return row ? versioned(row) : undefined;
  }

  all(): Versioned<T>[] {
    return [...this.rows.values()].map(versioned);
  }

  create(key: string, value: T): Versioned<T> | 'exists' {
    if (this.rows.has(key)) return 'exists';
    const row = {
      value: structuredClone(value),
      version: this.nextVersion(),
      history: [structuredClone(value)],
    };
    this.rows.set(key, row);
    return versioned(row);
  }

  replace(key: string, value: T, expected: string): Versioned<T> | 'missing' | 'stale' {
    const row = this.rows.get(key);
    if (!row) return 'missing';
    if (expected !== '*' && expected !== row.version) return 'stale';
    row.value = structuredClone(value);
    row.version = this.nextVersion();
    row.history.push(structuredClone(value));
    return versioned(row);
  }

  /** A new version of the same value (a write that changes nothing); history shows no touch. */
  touch(key: string, value: T): void {
    const row = this.rows.get(key);
    if (!row) return;
    row.value = structuredClone(value);
    row.version = this.nextVersion();
  }

  /** Every stored value of the key, oldest first. */
  history(key: string): T[] {
    return (this.rows.get(key)?.history ?? []).map((v) => structuredClone(v));
  }
}

function versioned<T extends object>(row: Row<T>): Versioned<T> {
  return { ...structuredClone(row.value), version: row.version };
}

/** Versions as opaque strings that change on every write of any table sharing the counter. */
export function versionCounter(prefix: string): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${n}`;
  };
}
