import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/server/cli/commands/index.js';

describe('the command list', () => {
  it('lists each command under the name and summary its own module gives', async () => {
    for (const entry of commands) {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
  });
});
