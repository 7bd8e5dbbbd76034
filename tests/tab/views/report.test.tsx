// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadFile } from '../../../src/tab/services/tab-services.js';
import { FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { annualRound, followUp, snapshot } from '../support/fixture.js';
import { measuredSnapshot, previousAnnual } from '../report/measured-fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/Report/Report.js';

afterEach(cleanup);

describe('Report', () => {
  it('says so when there is no round to export', async () => {
    renderTab(
      new FakeBackend(snapshot({ rounds: [{ ...annualRound, state: 'planned' }] }), workingGroupMe),
      { hash: '#/rapport' },
    );
    expect(await screen.findByText('Det finns ingen omgång att exportera ännu.')).toBeTruthy();
  });

  it('exports the round as a Word document with a Swedish file name', async () => {
    const downloads: DownloadFile[] = [];
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash: '#/rapport', downloads });
    await userEvent.click(await screen.findByRole('button', { name: 'Ladda ner Word' }));
    expect((await screen.findByText(/är nedladdad/, {}, { timeout: 5000 })).textContent).toContain(
      'Rapport Årsuppföljning 2023.docx',
    );
    const file = downloads[0]!;
    expect(file.mimeType).toContain('wordprocessingml');
    expect(strFromU8(unzipSync(file.bytes)['word/document.xml']!)).toContain('Sammanfattning');
  });

  it('exports the round as an Excel workbook', async () => {
    const downloads: DownloadFile[] = [];
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash: '#/rapport', downloads });
    await userEvent.click(await screen.findByRole('button', { name: 'Ladda ner Excel' }));
    expect((await screen.findByText(/är nedladdad/, {}, { timeout: 10000 })).textContent).toContain(
      'Rapport Årsuppföljning 2023.xlsx',
    );
    expect(downloads[0]!.name).toBe('Rapport Årsuppföljning 2023.xlsx');
  });

  it('leaves the answerers’ names out of the file when the box is cleared', async () => {
    const downloads: DownloadFile[] = [];
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash: '#/rapport', downloads });
    const names = await screen.findByRole('checkbox', { name: 'Ta med namnen på dem som svarat' });
    expect((names as HTMLInputElement).checked).toBe(true);
    await userEvent.click(names);
    await userEvent.click(screen.getByRole('button', { name: 'Ladda ner Word' }));
    await screen.findByText(/är nedladdad/, {}, { timeout: 5000 });
    const xml = strFromU8(unzipSync(downloads[0]!.bytes)['word/document.xml']!);
    expect(xml).toContain('Besvarad: ');
    expect(xml).not.toContain('Anna Andersson');
  });
});

/** The plan's read as the tab gets it: without the answers of Årsuppföljning 2021 (not held). */
class PlanReadBackend extends FakeBackend {
  override loadPlan() {
    const full = this.snapshot;
    this.snapshot = { ...full, followUps: full.followUps.filter((f) => f.roundId !== 'R-2021') };
    const read = super.loadPlan();
    this.snapshot = full;
    return read;
  }
}

const oldest = {
  ...previousAnnual,
  id: 'R-2021',
  title: 'Årsuppföljning 2021',
  periodStart: '2021-01-01',
  periodEnd: '2021-12-31',
  opensOn: '2022-01-10',
  dueOn: '2022-02-28',
  closesOn: '2022-03-31',
};

function measuredBackend() {
  const data = measuredSnapshot();
  return new PlanReadBackend(
    {
      ...data,
      rounds: [oldest, ...data.rounds],
      followUps: [
        ...data.followUps,
        followUp('A1.2', { roundId: 'R-2021', status: 'notStarted', fundsUsedTkr: 10 }),
      ],
    },
    workingGroupMe,
  );
}

describe('Report on screen', () => {
  it('shows the charts with their figures as a table, the change, indicators, funds and boards', async () => {
    const backend = measuredBackend();
    renderTab(backend, { hash: '#/rapport' });
    const chart = await screen.findByRole('img', { name: 'Status per utvecklingsområde' });
    expect(chart.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Status per förvaltning' })).toBeTruthy();
    await userEvent.click(screen.getAllByText('Visa siffrorna som tabell')[0]!);
    const table = screen.getByRole('table', { name: 'Status per utvecklingsområde' });
    const row = within(table).getByRole('row', { name: /Hälsofrämjande och förebyggande arbete/ });
    expect(within(row).getAllByRole('cell').at(-1)!.textContent).toBe('3');
    expect(
      screen.getByRole('heading', { name: 'Förändring sedan Årsuppföljning 2022', level: 2 }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Indikatorer', level: 2 })).toBeTruthy();
    expect(screen.getByText('Målet ej nått')).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Social- och omsorgsnämnden', level: 3 }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Nämnd ej angiven', level: 3 })).toBeTruthy();
    // Social- och omsorgsförvaltningen has used 10 + 40 + 60,5 + 25 tkr: 2021's answers came in
    // the one extra read of the rounds the plan's read does not hold.
    const funds = screen.getByRole('table', { name: 'Förvaltningar' });
    const social = within(funds).getByRole('row', { name: /Social- och omsorgsförvaltningen/ });
    expect(social.textContent).toContain('135,5');
    expect(backend.callsOf('roundFollowUps')).toEqual([[['R-2021']]]);
  });

  it('exports what the screen shows, the older rounds’ amounts included', async () => {
    const downloads: DownloadFile[] = [];
    renderTab(measuredBackend(), { hash: '#/rapport', downloads });
    await userEvent.click(await screen.findByRole('button', { name: 'Ladda ner Word' }));
    await screen.findByText(/är nedladdad/, {}, { timeout: 5000 });
    const xml = strFromU8(unzipSync(downloads[0]!.bytes)['word/document.xml']!);
    expect(xml).toContain('Förändring sedan Årsuppföljning 2022');
    // A1.2 has used 10 (2021) + 40 (2022) + 60,5 (2023) tkr.
    expect(xml).toContain('>110,5<');
  });

  it('says so when the older rounds’ answers cannot be read, and reads them again on retry', async () => {
    const backend = measuredBackend();
    backend.failNext('roundFollowUps', { reason: 'unavailable', message: 'Graph svarar inte.' });
    renderTab(backend, { hash: '#/rapport' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Omgångens svar kunde inte hämtas.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('img', { name: 'Status per förvaltning' })).toBeTruthy();
    expect(backend.callsOf('roundFollowUps')).toHaveLength(2);
  });

  it('reads nothing more when the plan’s read holds every round the report shows', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    renderTab(backend, { hash: '#/rapport' });
    expect(await screen.findByText(/ingen tidigare omgång av samma slag/)).toBeTruthy();
    expect(backend.callsOf('roundFollowUps')).toEqual([]);
  });
});
