import { plansContract } from './contract/plans.contract.js';
import { storeContract } from './contract/plan-store.contract.js';
import { graphStores } from './helpers/graph-stores.js';

storeContract('Graph adapters on the emulator', async (data) => {
  const stores = await graphStores(data);
  return stores;
});

plansContract('Graph adapters on the emulator', (data) => graphStores(data));
