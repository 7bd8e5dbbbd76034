/** The emulator's own admin API under `/_emulator/` (not part of Graph; no auth, not counted). */
export type AdminRoute = {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  handle(body: unknown, query: URLSearchParams): { status: number; body?: unknown };
};
