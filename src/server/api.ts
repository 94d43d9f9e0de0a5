/**
 * Everything Apps Script can call, gathered in one module. The build bundles it as the AddonLib global; the
 * top-level wrappers in src/gas/entry.js (type-checked against this module) are the only public names.
 */
import { type ColdRoom, coldRoom } from './cold-room';

export {
  bedrockFtCost,
  bedrockStorageCost,
  bedrockPtMonthly,
  bedrockOndemandCost,
  bedrockCmiCost,
  bedrockCmiStorage,
  bedrockRftCost,
  bedrockRate,
  bedrockRateInfo,
  bedrockModels,
  bedrockModelStatus,
  bedrockPricesAsOf,
} from '../sheets/functions';

// The monthly functions live in the cold room (./cold-room.ts): compiled only when one of them is called.
export const bedrockRateHistory = (...a: Parameters<ColdRoom['bedrockRateHistory']>) => coldRoom().bedrockRateHistory(...a);
export const bedrockCompare = (...a: Parameters<ColdRoom['bedrockCompare']>) => coldRoom().bedrockCompare(...a);
export const bedrockBreakevenHours = (...a: Parameters<ColdRoom['bedrockBreakevenHours']>) => coldRoom().bedrockBreakevenHours(...a);
export const bedrockCmiMonthly = (...a: Parameters<ColdRoom['bedrockCmiMonthly']>) => coldRoom().bedrockCmiMonthly(...a);
export const bedrockBreakevenTokens = (...a: Parameters<ColdRoom['bedrockBreakevenTokens']>) => coldRoom().bedrockBreakevenTokens(...a);
export const bedrockEstimate = (...a: Parameters<ColdRoom['bedrockEstimate']>) => coldRoom().bedrockEstimate(...a);
export const bedrockMonthlyRange = (...a: Parameters<ColdRoom['bedrockMonthlyRange']>) => coldRoom().bedrockMonthlyRange(...a);

// The menu is built here (onOpen and onInstall are simple triggers and tiny); everything the menu items and the
// sidebar run is in the UI server bundle (./ui-api.ts), which cells never compile: entry.js reaches it through
// uiServer().
export { onOpen, onInstall } from '../ui/menu';
export { uiServer } from './ui-server';
