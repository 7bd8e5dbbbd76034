import { describe, expect, it } from 'vitest';
import { en } from '../../../src/tab/i18n/en.js';
import { createI18n, languageOf } from '../../../src/tab/i18n/i18n.js';

describe('tab translations', () => {
  it('speaks Swedish first, with interpolation and plurals by count', () => {
    const { t, language } = createI18n();
    expect(language).toBe('sv');
    expect(t('app.signedInAs', { name: 'Anna Andersson' })).toBe('Inloggad som Anna Andersson');
    expect(t('overview.count', { count: 1 })).toBe('1 aktivitet');
    expect(t('overview.count', { count: 3 })).toBe('3 aktiviteter');
    expect(t('overview.count', { count: 0 })).toBe('0 aktiviteter');
  });

  it('loads English when chosen, tells subscribers, and keeps the last choice when choices race', async () => {
    const i18n = createI18n();
    const changes: string[] = [];
    i18n.subscribe(() => changes.push(i18n.language));
    await i18n.changeLanguage('en-GB');
    expect(i18n.t('app.signedInAs', { name: 'Anna' })).toBe('Signed in as Anna');
    expect(i18n.t('overview.count', { count: 1 })).toBe(
      en.overview.count_one.replace('{{count}}', '1'),
    );
    await i18n.changeLanguage('sv');
    expect(changes).toEqual(['en', 'sv']);
    // English still loading when Swedish is chosen again: the later choice wins.
    const racing = createI18n();
    await Promise.all([racing.changeLanguage('en'), racing.changeLanguage('sv')]);
    expect(racing.language).toBe('sv');
  });

  it('shows the key for an unknown key and leaves an unknown placeholder as it is', () => {
    const { t } = createI18n('en', en);
    expect(t('app.nope' as never)).toBe('app.nope');
    expect(t('app.signedInAs')).toBe('Signed in as {{name}}');
  });

  it('maps locales: English for en-*, Swedish for sv-* and anything else', () => {
    expect([
      languageOf('en-US'),
      languageOf('sv-SE'),
      languageOf('fi-FI'),
      languageOf(undefined),
    ]).toEqual(['en', 'sv', 'sv', 'sv']);
  });

  it('says one activity and one saved answer in the singular, in Swedish and English', () => {
    const sv = createI18n().t;
    const english = createI18n('en', en).t;
    expect(sv('overview.chartTotal', { count: 1 })).toBe('1 aktivitet');
    expect(sv('overview.chartTotal', { count: 3 })).toBe('3 aktiviteter');
    expect(english('overview.chartTotal', { count: 1 })).toBe('1 activity');
    expect(sv('myDepartment.submitted', { count: 1 })).toBe('Tack! Svaret är sparat.');
    expect(sv('myDepartment.submitted', { count: 2 })).toBe('Tack! 2 svar är sparade.');
    expect(english('myDepartment.submitted', { count: 1 })).toBe(
      'Thank you! Your answer is saved.',
    );
    expect(english('myDepartment.submitted', { count: 2 })).toBe('Thank you! 2 answers are saved.');
  });
});
