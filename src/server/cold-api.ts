/**
 * The monthly cell functions: comparing hosting options, break-evens, a month of Custom Model Import, the estimate,
 * and a price's history. Their code is about a third of the cells' code, and a plain price call needs none of it;
 * since Apps Script compiles the whole script for every call, the build ships this bundle (global ColdRoom) inside
 * dist/Code.js as text, which is only scanned, and ./cold-room.ts compiles it when one of these functions is called.
 */
export { bedrockRateHistory } from '../sheets/history-functions';
export { bedrockCompare, bedrockBreakevenHours, bedrockCmiMonthly, bedrockBreakevenTokens } from '../sheets/compare-functions';
export { bedrockEstimate, bedrockMonthlyRange } from '../sheets/estimate-functions';
