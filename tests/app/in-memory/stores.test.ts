import { InMemoryChannelDirectory } from '../../../src/app/in-memory/channel-directory.js';
import { InMemoryPlanStore } from '../../../src/app/in-memory/plan-store.js';
import { InMemoryReminderStore } from '../../../src/app/in-memory/reminder-store.js';
import { storeContract } from '../../graph/contract/plan-store.contract.js';
import { planWorkContract } from '../../graph/contract/plan-work.contract.js';
import { plansContract } from '../../graph/contract/plans.contract.js';

const memory = (data: Parameters<Parameters<typeof storeContract>[1]>[0]) => {
  const channels = new InMemoryChannelDirectory();
  const store = new InMemoryPlanStore(data, { channels });
  return Promise.resolve({
    store,
    // One store: each call reads, then yields, then writes — two calls started together both read first.
    racing: () => [store, store] as const,
    reminders: new InMemoryReminderStore(),
    channels,
    close: () => Promise.resolve(),
  });
};

storeContract('in-memory fakes', memory);
plansContract('in-memory fakes', memory);
planWorkContract('in-memory fakes', (data) =>
  Promise.resolve({ store: new InMemoryPlanStore(data), close: () => Promise.resolve() }),
);
