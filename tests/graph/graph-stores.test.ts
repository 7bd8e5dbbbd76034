import { storeContract } from './contract/plan-store.contract.js';
import { graphStores } from './helpers/graph-stores.js';

storeContract('Graph adapters on the emulator', async (data) => {
  const stores = await graphStores(data);
  return stores;
});
