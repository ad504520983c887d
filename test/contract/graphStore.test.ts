import { runGraphStoreContract } from './graphStoreContract.js';
import { ENGINE_UNDER_TEST, emptyLocation } from '../fixtures/testEngine.js';

// On the engine under test; for the embedded engine a persistent file, as in use
// (the contract covers the file-backed engine, not only memory).
runGraphStoreContract(ENGINE_UNDER_TEST, async () => (await emptyLocation()).open());
