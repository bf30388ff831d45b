export { runAdapterContract, type ContractOptions } from './run-adapter-contract.js';
export { CONTRACT_FIXTURE } from './fixture.js';
