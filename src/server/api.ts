/**
 * Everything Apps Script can call, gathered in one module. The build bundles it as the AddonLib global; the
 * top-level wrappers in src/gas/entry.js (type-checked against this module) are the only public names.
 *
 * A cell function first tries the plain path (src/sheets/plain-calls.ts); what that does not answer, and every
 * function without a plain path, goes to the full add-on in the cold room (./cold-room.ts), compiled on first use.
 */
import { plainFtCost, plainOndemandCost, plainPtMonthly, plainRftCost, plainStorageCost } from '../sheets/plain-calls';
import { type ColdRoom, coldRoom } from './cold-room';

type Args<K extends keyof ColdRoom> = Parameters<ColdRoom[K]>;

export const bedrockFtCost = (...a: Args<'bedrockFtCost'>) => plainFtCost(...a) ?? coldRoom().bedrockFtCost(...a);
export const bedrockStorageCost = (...a: Args<'bedrockStorageCost'>) => plainStorageCost(...a) ?? coldRoom().bedrockStorageCost(...a);
export const bedrockPtMonthly = (...a: Args<'bedrockPtMonthly'>) => plainPtMonthly(...a) ?? coldRoom().bedrockPtMonthly(...a);
export const bedrockOndemandCost = (...a: Args<'bedrockOndemandCost'>) => plainOndemandCost(...a) ?? coldRoom().bedrockOndemandCost(...a);
export const bedrockRftCost = (...a: Args<'bedrockRftCost'>) => plainRftCost(...a) ?? coldRoom().bedrockRftCost(...a);

export const bedrockCmiCost = (...a: Args<'bedrockCmiCost'>) => coldRoom().bedrockCmiCost(...a);
export const bedrockCmiStorage = (...a: Args<'bedrockCmiStorage'>) => coldRoom().bedrockCmiStorage(...a);
export const bedrockRate = (...a: Args<'bedrockRate'>) => coldRoom().bedrockRate(...a);
export const bedrockRateInfo = (...a: Args<'bedrockRateInfo'>) => coldRoom().bedrockRateInfo(...a);
export const bedrockModels = (...a: Args<'bedrockModels'>) => coldRoom().bedrockModels(...a);
export const bedrockModelStatus = (...a: Args<'bedrockModelStatus'>) => coldRoom().bedrockModelStatus(...a);
export const bedrockPricesAsOf = (...a: Args<'bedrockPricesAsOf'>) => coldRoom().bedrockPricesAsOf(...a);
export const bedrockRateHistory = (...a: Args<'bedrockRateHistory'>) => coldRoom().bedrockRateHistory(...a);
export const bedrockCompare = (...a: Args<'bedrockCompare'>) => coldRoom().bedrockCompare(...a);
export const bedrockBreakevenHours = (...a: Args<'bedrockBreakevenHours'>) => coldRoom().bedrockBreakevenHours(...a);
export const bedrockCmiMonthly = (...a: Args<'bedrockCmiMonthly'>) => coldRoom().bedrockCmiMonthly(...a);
export const bedrockBreakevenTokens = (...a: Args<'bedrockBreakevenTokens'>) => coldRoom().bedrockBreakevenTokens(...a);
export const bedrockEstimate = (...a: Args<'bedrockEstimate'>) => coldRoom().bedrockEstimate(...a);
export const bedrockMonthlyRange = (...a: Args<'bedrockMonthlyRange'>) => coldRoom().bedrockMonthlyRange(...a);

/** The full add-on and the plain path, each alone: test/contract/plain-calls.test.ts checks they agree. */
export { coldRoom };
export * as plainCalls from '../sheets/plain-calls';

// The menu is built here (onOpen and onInstall are simple triggers and tiny); everything the menu items and the
// sidebar run is in the UI server bundle (./ui-api.ts), which cells never compile: entry.js reaches it through
// uiServer().
export { onOpen, onInstall } from '../ui/menu';
export { uiServer } from './ui-server';
