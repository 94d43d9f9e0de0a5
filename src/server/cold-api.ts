/**
 * The whole of the cells' code: every BEDROCK_ function as src/sheets implements it. Apps Script compiles the whole
 * script for every custom-function call, and most calls are plain (src/sheets/plain-calls.ts answers those), so the
 * build ships this bundle (global ColdRoom) inside dist/Code.js as text, which is only scanned, and ./cold-room.ts
 * compiles it on the first call in an execution that is not plain: a range, an own price, a table, a sentence, an
 * error to word.
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
