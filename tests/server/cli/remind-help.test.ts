import { describe, expect, it } from 'vitest';
import { remindCommand } from '../../../src/server/cli/commands/remind.js';

describe('aktivitetsplan remind --help', () => {
  it('says that --graph-url needs --site, --dev-user and --ca-file with it', () => {
    expect(remindCommand.usage).toMatch(
      /--graph-url replaces those local defaults altogether: give --site with it, and against an\nemulator also --dev-user and --ca-file/,
    );
    expect(remindCommand.usage).toContain('--ca-file .data/graph-emulator-ca.pem');
  });
});
