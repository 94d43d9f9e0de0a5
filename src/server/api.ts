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

// The add-on menu and the sidebar: menu callbacks and google.script.run targets (not cell functions).
export { onOpen, onInstall, showSidebar, insertBudgetTemplate, aboutPrices } from '../ui/menu';
export { getSidebarModel, getQuote, getComparison, getEstimate, setExchangeRate, insertFormula, insertValue } from '../ui/sidebar-server';
