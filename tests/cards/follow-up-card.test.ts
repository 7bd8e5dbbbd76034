import { seenAnswer } from '../../src/cards/card-version.js';
import { describe, expect, it } from 'vitest';
import { followUpCard } from '../../src/cards/follow-up-card.js';
import { answerInputIds, parseCardAction } from '../../src/cards/verbs.js';
import { checkCard } from './support/card-checks.js';
import { answer, cardInput, items, round, tabUrl } from './support/fixtures.js';

describe('followUpCard', () => {
  it('shows the round, the Swedish due date, the department and the de-identification line', () => {
    const rendered = checkCard(followUpCard(cardInput()));
    expect(rendered.text).toContain('Årsuppföljning 2026');
    expect(rendered.text).toContain('Sista svarsdag: 26 februari 2027');
    expect(rendered.text).toContain('Förvaltning: Kultur- och fritidsförvaltningen');
    expect(rendered.text).toContain('aldrig om enskilda personer: inga namn, personnummer');
  });

  it('says "Öppnas 8 jan" under the title of a round opened before its opening date, as the tab does', () => {
    const early = checkCard(followUpCard(cardInput({ today: '2026-12-02' }))).text;
    expect(early).toContain('Årsuppföljning 2026Öppnas 8 jan');
    const english = followUpCard(cardInput({ today: '2027-01-07' }), { locale: 'en' });
    expect(checkCard(english).text).toContain('Opens 8 Jan');
    // From its opening date on, and without a date, nothing is said.
    for (const today of ['2027-01-08', '2027-04-01'])
      expect(checkCard(followUpCard(cardInput({ today }))).text).not.toContain('Öppnas');
    expect(checkCard(followUpCard(cardInput())).text).not.toContain('Öppnas');
    // A planned round is not open yet: no date to promise.
    const planned = cardInput({ today: '2026-12-02', round: { ...round, state: 'planned' } });
    expect(checkCard(followUpCard(planned)).text).not.toContain('Öppnas');
  });

  it('lists each activity with area, title, example marker and current status, in area order', () => {
    const rendered = checkCard(followUpCard(cardInput()));
    const text = rendered.text;
    expect(text).toContain(
      'Hälsofrämjande och förebyggande arbeteFöreläsning om hedersnormer (exempel)',
    );
    expect(text).toContain('Kunskap och kompetensKompetensdag för fritidsledare');
    expect(text.indexOf('Föreläsning om hedersnormer')).toBeLessThan(
      text.indexOf('Kompetensdag för fritidsledare'),
    );
    expect(text).not.toContain('Kompetensdag för fritidsledare (exempel)');
    expect(text).toContain('Nuvarande status: Pågår enligt plan');
    expect(text).toContain('Nuvarande status: ingen status ännu');
  });

  it('offers the five statuses with their Swedish labels and inputs with the stored answer', () => {
    const rendered = checkCard(followUpCard(cardInput()));
    const act1 = answerInputIds('act-1');
    const act2 = answerInputIds('act-2');
    expect(rendered.inputIds).toEqual([
      act1.status,
      act1.comment,
      act1.nextSteps,
      act2.status,
      act2.comment,
      act2.nextSteps,
    ]);
    expect(rendered.inputValue(act1.status)).toBe('onTrack');
    expect(rendered.inputValue(act1.comment)).toBe('Två utbildningstillfällen genomförda.');
    expect(rendered.inputValue(act2.status)).toBeUndefined();
    const options = Array.from(rendered.element.querySelectorAll('select'))[0]!.querySelectorAll(
      'option',
    );
    expect(Array.from(options).map((o) => o.textContent)).toEqual([
      'Välj status',
      'Genomförd',
      'Pågår enligt plan',
      'Försenad',
      'Ej påbörjad',
      'Utgår',
    ]);
  });

  it('limits the comment to 1000 characters and the next step to 500, both multi-line', () => {
    const card = followUpCard(cardInput());
    const json = JSON.stringify(card);
    expect(json).toContain(
      '"id":"comment.act-1","label":"Kommentar","isMultiline":true,"maxLength":1000',
    );
    expect(json).toContain(
      '"id":"nextSteps.act-1","label":"Nästa steg (valfritt)","isMultiline":true,"maxLength":500',
    );
    const textareas = checkCard(card).element.querySelectorAll('textarea');
    expect(Array.from(textareas).map((t) => t.maxLength)).toEqual([1000, 500, 1000, 500]);
  });

  it('delivers the verb, the card ids and the inputs when the submit button is clicked', () => {
    const rendered = checkCard(followUpCard(cardInput()));
    rendered.setInput('status.act-2', 'delayed');
    rendered.setInput('comment.act-2', 'Flyttad till hösten.');
    const action = rendered.click('Skicka svar');
    expect(action.verb).toBe('followUp.submit');
    expect(action.data).toMatchObject({
      v: 2,
      roundId: round.id,
      departmentId: 'dep-kof',
      seen: { 'act-1': seenAnswer(answer('act-1')), 'act-2': '' },
      page: 1,
      'status.act-2': 'delayed',
      'comment.act-2': 'Flyttad till hösten.',
      'status.act-1': 'onTrack',
    });
    const parsed = parseCardAction(action.verb, action.data);
    expect(
      parsed.ok && parsed.value.verb === 'followUp.submit' && parsed.value.entries,
    ).toContainEqual({
      activityId: 'act-2',
      status: 'delayed',
      comment: 'Flyttad till hösten.',
      nextSteps: '',
    });
  });

  it('links to the tab at this department and round', () => {
    const card = followUpCard(cardInput());
    expect(card.actions).toContainEqual({
      type: 'Action.OpenUrl',
      title: 'Öppna i fliken',
      url: tabUrl,
    });
    expect(checkCard(card).actionTitles).toEqual(['Skicka svar', 'Öppna i fliken']);
  });

  it('shows who answered and when, and what still needs an answer', () => {
    const text = checkCard(followUpCard(cardInput())).text;
    expect(text).toContain('1 av 2 aktiviteter besvarade.');
    expect(text).toContain('Besvarad av Anna Andersson, 20 februari 2027 kl. 10.15');
    expect(text).toContain('Inte besvarad ännu');
  });

  it('keeps the given values and shows each message next to its field', () => {
    const message =
      'Texten verkar innehålla ett personnummer. Avidentifiera: skriv aldrig namn eller personnummer.';
    const card = followUpCard(cardInput(), {
      values: { 'act-2': { status: 'done', comment: 'Se 19121212-1212', nextSteps: 'Mer' } },
      errors: { 'comment.act-2': message },
    });
    const rendered = checkCard(card);
    expect(rendered.inputValue('status.act-2')).toBe('done');
    expect(rendered.inputValue('comment.act-2')).toBe('Se 19121212-1212');
    expect(rendered.inputValue('nextSteps.act-2')).toBe('Mer');
    expect(rendered.text).toContain('Inget sparades. Rätta det som är markerat nedan');
    const container = card.body.find((e) => JSON.stringify(e).includes('comment.act-2'));
    const items = JSON.stringify(container);
    expect(items.indexOf(message)).toBeGreaterThan(items.indexOf('"id":"comment.act-2"'));
    expect(items.indexOf(message)).toBeLessThan(items.indexOf('"id":"nextSteps.act-2"'));
  });

  it('says who answered meanwhile on the stale variant', () => {
    const stale = [
      {
        name: 'Bo Berg',
        activityTitle: 'Kompetensdag för fritidsledare',
        answeredAt: '2027-02-21T09:05:00+01:00',
      },
    ];
    const text = checkCard(followUpCard(cardInput(), { stale })).text;
    expect(text).toContain('Någon hann svara medan du fyllde i kortet, så ditt svar sparades inte');
    expect(text).toContain(
      'Bo Berg svarade på ”Kompetensdag för fritidsledare”, 21 februari 2027 kl. 09.05',
    );
    expect(text).toContain('Kortet visar nu de senaste svaren.');
  });

  it('confirms a saved answer', () => {
    expect(checkCard(followUpCard(cardInput(), { saved: true })).text).toContain(
      'Tack! Svaren är sparade.',
    );
  });

  it('shows a closed round read-only, with the answers as text and no submit or refresh', () => {
    const closedItems = [
      { ...items[1]!, answer: answer('act-1', { nextSteps: 'Fler tillfällen.' }) },
      items[0]!,
    ];
    const card = followUpCard(
      cardInput({ round: { ...round, state: 'closed' }, items: closedItems }),
    );
    const rendered = checkCard(card);
    expect(rendered.inputIds).toEqual([]);
    expect(rendered.actionTitles).toEqual(['Öppna i fliken']);
    expect(card.refresh).toBeUndefined();
    expect(rendered.text).toContain('Uppföljningen är stängd.');
    expect(rendered.text).toContain('Kommentar: Två utbildningstillfällen genomförda.');
    expect(rendered.text).toContain('Nästa steg: Fler tillfällen.');
  });

  it('says a planned round has not opened yet and takes no answers', () => {
    const rendered = checkCard(followUpCard(cardInput({ round: { ...round, state: 'planned' } })));
    expect(rendered.text).toContain('Uppföljningen har inte öppnat än.');
    expect(rendered.inputIds).toEqual([]);
  });

  it('says so when the department has no activities in the round', () => {
    const rendered = checkCard(followUpCard(cardInput({ items: [] })));
    expect(rendered.text).toContain('Förvaltningen har inga aktiviteter');
    expect(rendered.actionTitles).toEqual(['Öppna i fliken']);
  });

  it('is written in English when the locale is English', () => {
    const rendered = checkCard(followUpCard(cardInput(), { locale: 'en', stage: 'due' }));
    expect(rendered.text).toContain('Last day today');
    expect(rendered.text).toContain('Due date: 26 February 2027');
    expect(rendered.text).toContain('Current status: On track');
    expect(rendered.text).toContain('Answered by Anna Andersson, 20 February 2027, 10:15');
    expect(rendered.text).toContain('never about individuals');
    expect(rendered.actionTitles).toEqual(['Send answers', 'Open in the tab']);
  });
});

describe('followUpCard refresh', () => {
  it('lists the members as refresh.userIds with the followUp.refresh verb', () => {
    const card = followUpCard(cardInput(), { stage: 'opening' });
    expect(card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        title: 'Uppdatera',
        verb: 'followUp.refresh',
        data: {
          v: 2,
          roundId: round.id,
          departmentId: 'dep-kof',
          seen: { 'act-1': seenAnswer(answer('act-1')), 'act-2': '' },
          page: 1,
          stage: 'opening',
        },
      },
      userIds: ['29:member-a', '29:member-b'],
    });
  });

  it('lists exactly 60 members and none of 61', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `29:user-${i}`);
    expect(followUpCard(cardInput({ memberIds: ids(60) })).refresh?.userIds).toHaveLength(60);
    const over = followUpCard(cardInput({ memberIds: ids(61) }));
    expect(over.refresh?.action.verb).toBe('followUp.refresh');
    expect(over.refresh).not.toHaveProperty('userIds');
    expect(followUpCard(cardInput({ memberIds: [] })).refresh).not.toHaveProperty('userIds');
  });

  it('shows someone outside the team a read-only card: answers as text, no inputs, no send, the tab link', () => {
    const card = followUpCard(cardInput(), { readOnly: true });
    const rendered = checkCard(card);
    expect(rendered.inputIds).toEqual([]);
    expect(rendered.actionTitles).toEqual(['Öppna i fliken']);
    expect(rendered.text).toContain('Du kan läsa kortet men inte svara.');
    expect(rendered.text).toContain('Föreläsning om hedersnormer');
    expect(card.refresh).toBeDefined();
    const member = checkCard(followUpCard(cardInput()));
    expect(member.inputIds.length).toBeGreaterThan(0);
    expect(member.actionTitles).toContain('Skicka svar');
    expect(member.text).not.toContain('Du kan läsa kortet men inte svara.');
  });

  it('says at the top that nothing was saved and keeps what was typed when the service was busy', () => {
    const statusId = answerInputIds('act-1').status;
    const rendered = checkCard(
      followUpCard(cardInput(), {
        busy: 'nothingSaved',
        values: { 'act-1': { status: 'delayed', comment: 'Skjuts till hösten.' } },
      }),
    );
    expect(
      rendered.text.indexOf('SharePoint är tillfälligt överbelastat, så svaret sparades inte.'),
    ).toBeLessThan(rendered.text.indexOf('Föreläsning om hedersnormer'));
    expect(rendered.inputValue(statusId)).toBe('delayed');
    expect(rendered.actionTitles).toContain('Skicka svar');
  });
});
