import { describe, expect, it } from 'vitest';
import type { ActivityDraft } from '../../../src/tab/views/Activity/Activity.types.js';
import { validateDraft } from '../../../src/tab/views/Activity/activity-draft.js';

const draft: ActivityDraft = {
  title: 'Samtalsmaterial',
  description: '',
  areaId: 'area-1',
  responsibleDepartmentId: 'social-omsorg',
  coResponsibleDepartmentIds: [],
  start: '2026-01-01',
  end: '2026-12-31',
  expectedOutcome: '',
  financing: 'ownBudget',
};
const messages = {
  endBeforeStart: 'Slut före start.',
  responsibleAlsoCo: 'Dubbel.',
  dateFormat: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
};

describe('validateDraft', () => {
  it('refuses dates SharePoint cannot store beside the field, in the user’s language', () => {
    expect(validateDraft({ ...draft, start: '0001-01-01' }, 'sv', messages)).toEqual({
      start: 'Ange ett datum mellan 1900-01-01 och 8900-12-31.',
    });
    expect(validateDraft({ ...draft, end: '9999-12-31' }, 'en', messages)).toEqual({
      end: 'Enter a date between 1900-01-01 and 8900-12-31.',
    });
  });

  it('refuses a bidi control or a lone surrogate in the texts, as the API does', () => {
    expect(
      validateDraft(
        { ...draft, title: 'Samtal\u202E', expectedOutcome: 'Halv \uD83D' },
        'sv',
        messages,
      ),
    ).toEqual({
      title:
        'Titel innehåller osynliga tecken som ändrar skrivriktningen. Ta bort dem och försök igen.',
      expectedOutcome:
        'Förväntat resultat innehåller ett trasigt tecken (t.ex. en halv emoji). Skriv om texten och försök igen.',
    });
  });

  it('lets in the range’s edges and an ordinary activity', () => {
    expect(validateDraft(draft, 'sv', messages)).toEqual({});
    expect(
      validateDraft({ ...draft, start: '1900-01-01', end: '8900-12-31' }, 'sv', messages),
    ).toEqual({});
  });
});
