// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveOutcome, TeamsSdk } from '../../../src/tab/host/host.types.js';
import { FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/ChannelConfig/ChannelConfig.js';

afterEach(cleanup);

function fakeSdk() {
  let save: (() => Promise<SaveOutcome>) | undefined;
  const setSaveEnabled = vi.fn<(enabled: boolean) => void>();
  const sdk: TeamsSdk = {
    initialize: () => Promise.resolve(),
    getInfo: () => Promise.reject(new Error('unused')),
    onThemeChange: () => undefined,
    setSaveEnabled,
    onSave: (handler) => {
      save = handler;
    },
  };
  return { sdk, setSaveEnabled, save: () => save!() };
}

const info = {
  theme: 'default' as const,
  locale: 'sv-SE',
  frameContext: 'settings',
  teamId: 'team-1',
  channelId: '19:abc@thread.tacv2',
  channelName: 'Uppföljning',
  tenantId: 'tenant-1',
};

describe('ChannelConfig', () => {
  it('enables Save once a department is chosen and stores the link through the API', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    const { sdk, setSaveEnabled, save } = fakeSdk();
    renderTab(backend, { hash: '#/konfigurera', host: { kind: 'teams', info, sdk } });
    const select = await screen.findByRole('combobox', { name: 'Förvaltning' });
    expect(setSaveEnabled).toHaveBeenLastCalledWith(false);
    await userEvent.selectOptions(select, 'kultur-fritid');
    expect(setSaveEnabled).toHaveBeenLastCalledWith(true);
    const outcome = await save();
    expect(backend.callsOf('linkChannel')[0]![0]).toEqual({
      target: 'kultur-fritid',
      teamId: 'team-1',
      channelId: '19:abc@thread.tacv2',
      tenantId: 'tenant-1',
      channelName: 'Uppföljning',
    });
    expect(outcome).toEqual({
      ok: true,
      contentUrl:
        'https://localhost:3978/tab/index.html#/min-forvaltning?forvaltning=kultur-fritid',
      entityId: 'aktivitetsplan-kultur-fritid',
      displayName: 'Aktivitetsplan – Kultur- och fritidsförvaltningen',
    });
  });

  it('reports a refused link to Teams and on the page', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    backend.failNext('linkChannel', {
      reason: 'forbidden',
      message: 'Bara samverkansgruppen kan koppla kanaler.',
    });
    const { sdk, save } = fakeSdk();
    renderTab(backend, { hash: '#/konfigurera', host: { kind: 'teams', info, sdk } });
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Förvaltning' }),
      'leanlink',
    );
    expect(await save()).toEqual({
      ok: false,
      message: 'Bara samverkansgruppen kan koppla kanaler.',
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Kanalen kunde inte kopplas');
  });

  it('explains outside Teams that configuration happens in a channel', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash: '#/konfigurera' });
    expect(await screen.findByText(/när fliken läggs till i en kanal/)).toBeTruthy();
  });
});
