/**
 * Everything Apps Script can call, gathered in one module. The build bundles it as the AddonLib global; the
 * top-level wrappers in src/gas/entry.js (type-checked against this module) are the only public names.
 */
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
export { bedrockRateHistory } from '../sheets/history-functions';
export { bedrockCompare, bedrockBreakevenHours, bedrockCmiMonthly, bedrockBreakevenTokens } from '../sheets/compare-functions';
export { bedrockEstimate, bedrockMonthlyRange } from '../sheets/estimate-functions';

// The menu is built here (onOpen and onInstall are simple triggers and tiny); everything the menu items and the
// sidebar run is in the UI server bundle (./ui-api.ts), which cells never compile: entry.js reaches it through
// uiServer().
export { onOpen, onInstall } from '../ui/menu';
export { uiServer } from './ui-server';
