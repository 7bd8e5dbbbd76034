import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fillJsonPlaceholders,
  placeholderNames,
} from '../../src/server/app-package/placeholders.js';

describe('placeholderNames', () => {
  it('lists each ${{NAME}} once, in order of first appearance', () => {
    const text = '{"a":"${{B}}/${{A}}","b":"${{ B }}","c":"$${X}} ${{1X}}"}';
    expect(placeholderNames(text)).toEqual(['B', 'A']);
  });
});

describe('fillJsonPlaceholders', () => {
  it('fills every placeholder from the values', () => {
    const filled = fillJsonPlaceholders(
      '{"id":"${{TEAMS_APP_ID}}","url":"${{TAB_ENDPOINT}}/index.html"}',
      { TEAMS_APP_ID: 'abc', TAB_ENDPOINT: 'https://example.org' },
      'manifest.json',
    );
    expect(filled).toEqual({
      ok: true,
      value: '{"id":"abc","url":"https://example.org/index.html"}',
    });
  });

  it('refuses, naming every placeholder that has no value or an empty one', () => {
    const filled = fillJsonPlaceholders(
      '{"a":"${{ONE}}","b":"${{TWO}}","c":"${{THREE}}","d":"${{ONE}}"}',
      { TWO: '', THREE: 'ok' },
      'manifest.json',
    );
    expect(filled.ok).toBe(false);
    if (filled.ok) return;
    expect(filled.error.reason).toBe('invalid');
    expect(Object.keys(filled.error.fields ?? {})).toEqual(['ONE', 'TWO']);
    expect(filled.error.message).toContain('manifest.json');
    expect(filled.error.message).toContain('ONE, TWO');
  });

  it('accepts an empty name suffix, which the production app has', () => {
    const filled = fillJsonPlaceholders(
      '{"n":"Aktivitetsplan${{APP_NAME_SUFFIX}}"}',
      {
        APP_NAME_SUFFIX: '',
      },
      'manifest.json',
    );
    expect(filled).toEqual({ ok: true, value: '{"n":"Aktivitetsplan"}' });
  });

  it('keeps the document valid JSON whatever the value holds', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (value) => {
        const filled = fillJsonPlaceholders('{"v":"<${{V}}>"}', { V: value }, 'x.json');
        expect(filled.ok).toBe(true);
        if (!filled.ok) return;
        expect(JSON.parse(filled.value)).toEqual({ v: `<${value}>` });
      }),
    );
  });
});
