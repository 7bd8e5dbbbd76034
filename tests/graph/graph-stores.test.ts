import { plansContract } from './contract/plans.contract.js';
import { storeContract } from './contract/plan-store.contract.js';
import { planWorkContract } from './contract/plan-work.contract.js';
import { graphStores } from './helpers/graph-stores.js';

storeContract('Graph adapters on the emulator', async (data) => {
  const stores = await graphStores(data);
  return stores;
});

planWorkContract('Graph adapters on the emulator', (data) => graphStores(data));
plansContract('Graph adapters on the emulator', (data) => graphStores(data));
