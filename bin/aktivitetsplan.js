#!/usr/bin/env node
// The project's one command-line entry. Runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli/main.ts');
