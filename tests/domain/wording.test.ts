import { describe, expect, it } from 'vitest';
import { formatDate as cardDate, formatDateTime as cardDateTime } from '../../src/cards/dates.js';
import { followUpStrings } from '../../src/cards/follow-up-strings.js';
import { reminderTitle } from '../../src/cards/reminder-titles.js';
import { statusLabelsEn, statusLabelsSv } from '../../src/domain/model.js';
import { en } from '../../src/tab/i18n/en.js';
import {
  formatDate as tabDate,
  formatDateTime as tabDateTime,
  formatShortDate,
} from '../../src/tab/i18n/format.js';
import { opensOnWords } from '../../src/domain/wording.js';
import { createI18n } from '../../src/tab/i18n/i18n.js';

/** One vocabulary for tab and card (issue 17, item 13): the same words in both, per language. */

const languages = ['sv', 'en'] as const;

describe('the words tab and card share', () => {
  for (const language of languages) {
    it(`match between the tab and the card (${language})`, () => {
      const t = createI18n(language, en).t;
      const card = followUpStrings(language);
      expect(t('myDepartment.deidentify')).toBe(card.deIdentify);
      expect(t('myDepartment.notAnswered')).toBe(card.notAnswered);
      expect(t('myDepartment.nextSteps')).toBe(card.nextStepsLabel);
      expect(t('myDepartment.answeredBy', { name: 'Anna', when: 'X' })).toBe(
        card.answeredBy('Anna', 'X'),
      );
      for (const instant of ['2027-02-20T09:15:00Z', '2027-06-20T22:30:00Z'])
        expect(tabDateTime(instant, language)).toBe(cardDateTime(instant, language));
      expect(tabDate('2027-02-26', language)).toBe(cardDate('2027-02-26', language));
    });
  }

  it('writes a round opened early as the tab’s badge and the card both say it', () => {
    const t = createI18n().t;
    expect(opensOnWords('2027-01-08', 'sv')).toBe('Öppnas 8 jan');
    expect(opensOnWords('2027-03-01', 'sv')).toBe('Öppnas 1 mars');
    expect(opensOnWords('2027-09-15', 'en')).toBe('Opens 15 Sep');
    expect(t('followUp.opensSoon', { date: formatShortDate('2027-01-08', 'sv') })).toBe(
      opensOnWords('2027-01-08', 'sv'),
    );
  });

  it('marks optional fields the same way and names the working group one way', () => {
    const t = createI18n().t;
    expect(followUpStrings('sv').nextStepsLabel).toBe('Nästa steg (valfritt)');
    expect(t('followUp.onlyWorkingGroup')).toContain('arbetsgruppen');
    expect(t('signIn.roles.workingGroup')).toBe('Arbetsgruppen');
    expect(t('channelConfig.workingGroup')).toMatch(/^Arbetsgruppen/);
  });

  it('never titles a late reminder with a status word', () => {
    const statuses = [...Object.values(statusLabelsSv), ...Object.values(statusLabelsEn)];
    for (const stage of ['overdue-1', 'overdue-4'] as const) {
      for (const language of languages) {
        const title = reminderTitle(stage, language);
        expect(statuses.filter((s) => title.toLowerCase().includes(s.toLowerCase()))).toEqual([]);
      }
    }
  });
});
