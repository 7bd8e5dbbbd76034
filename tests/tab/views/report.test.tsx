// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadFile } from '../../../src/tab/services/tab-services.js';
import { FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { annualRound, snapshot } from '../support/fixture.js';
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
