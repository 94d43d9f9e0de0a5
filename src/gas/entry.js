// @ts-check
// The public names of the add-on. Apps Script exposes only top-level function declarations to cells, menus and
// google.script.run, and Sheets autocomplete reads these JSDoc blocks, so each wrapper is written out by hand with
// its real parameters. src/gas/tsconfig.json type-checks every call against src/server/api.ts.

/**
 * Cost of a supervised fine-tuning (or continued pre-training) job: tokens × epochs ÷ 1,000 × the price per
 * 1,000 tokens. For image models (Titan Image Generator, Nova Canvas, Titan Multimodal Embeddings) give images per
 * epoch instead of tokens: images seen × the price per image.
 *
 * @param {string} model Bedrock model ID, name or alias, e.g. "Nova Lite" or "meta.llama3-1-8b-instruct-v1:0".
 * @param {number} training_tokens Tokens in the training data (images for image models). A range gives one result per row.
 * @param {number} [epochs] Number of epochs (default 1).
 * @param {string} [region] Region code or name (default us-east-1, or the only region the model is trained in).
 * @param {number} [price_per_1k] Your own USD price per 1,000 tokens (per image for image models) instead of the price book's.
 * @return {number} Training cost in USD.
 * @customfunction
 */
function BEDROCK_FT_COST(model, training_tokens, epochs, region, price_per_1k) {
  return AddonLib.bedrockFtCost(model, training_tokens, epochs, region, price_per_1k);
}

/**
 * Monthly storage fee of a custom model (fine-tuned, continued-pretrained or distilled) × months.
 *
 * @param {string} model Bedrock model ID, name or alias of the base model.
 * @param {number} [months] Months stored (default 1).
 * @param {string} [region] Region code or name (default us-east-1, or the only region where it is priced).
 * @param {number} [price_per_month] Your own USD price per model per month.
 * @return {number} Storage cost in USD.
 * @customfunction
 */
function BEDROCK_STORAGE_COST(model, months, region, price_per_month) {
  return AddonLib.bedrockStorageCost(model, months, region, price_per_month);
}

/**
 * Provisioned Throughput cost: price per model unit per hour × model units × hours. Uses the custom model's rate;
 * write "base:" before the model (e.g. "base:Titan Image Generator G1") for the base model's rate.
 *
 * @param {string} model Bedrock model ID, name or alias; prefix "base:" for the base model's rate.
 * @param {number} [model_units] Model units (default 1).
 * @param {string} [term] "none" (no commitment), "1 month" or "6 months" (also 0, 1, 6, "1m", "6m"; default "1 month").
 * @param {number} [hours] Hours billed (default 730, an average month; 720 = 30 days, 744 = 31 days).
 * @param {string} [region] Region code or name (default us-east-1, or the only region where it is priced).
 * @param {number} [price_per_mu_hour] Your own USD price per model unit per hour.
 * @return {number} Provisioned Throughput cost in USD.
 * @customfunction
 */
function BEDROCK_PT_MONTHLY(model, model_units, term, hours, region, price_per_mu_hour) {
  return AddonLib.bedrockPtMonthly(model, model_units, term, hours, region, price_per_mu_hour);
}

/**
 * On-demand (per-token) inference cost of a custom model: input ÷ 1,000 × input price + output ÷ 1,000 × output price.
 *
 * @param {string} model Bedrock model ID, name or alias, e.g. "Nova Micro".
 * @param {number} input_tokens Input tokens.
 * @param {number} output_tokens Output tokens.
 * @param {string} [region] Region code or name (default us-east-1, or the only region where it is priced).
 * @param {number} [price_per_1k_input] Your own USD price per 1,000 input tokens.
 * @param {number} [price_per_1k_output] Your own USD price per 1,000 output tokens.
 * @return {number} On-demand inference cost in USD.
 * @customfunction
 */
function BEDROCK_ONDEMAND_COST(model, input_tokens, output_tokens, region, price_per_1k_input, price_per_1k_output) {
  return AddonLib.bedrockOndemandCost(model, input_tokens, output_tokens, region, price_per_1k_input, price_per_1k_output);
}

/**
 * Custom Model Import inference cost: whole 5-minute windows (a started window is billed in full) × 5 × CMUs ×
 * copies × price per CMU-minute.
 *
 * @param {string|number} model_or_cmus CMUs per copy (e.g. 2), a known size ("Llama 3.1 8B 128K"), or "architecture:CMUs" ("gpt-oss:8").
 * @param {number} active_minutes Minutes the model copies are active.
 * @param {number} [copies] Active model copies (default 1).
 * @param {string} [region] Region code or name (default us-east-1).
 * @param {number} [price_per_cmu_minute] Your own USD price per CMU per minute.
 * @return {number} Custom Model Import inference cost in USD.
 * @customfunction
 */
function BEDROCK_CMI_COST(model_or_cmus, active_minutes, copies, region, price_per_cmu_minute) {
  return AddonLib.bedrockCmiCost(model_or_cmus, active_minutes, copies, region, price_per_cmu_minute);
}

/**
 * Custom Model Import storage cost: price per CMU per month × CMUs × months.
 *
 * @param {string|number} model_or_cmus CMUs (e.g. 2), a known size ("Llama 3.1 8B 128K"), or "architecture:CMUs".
 * @param {number} [months] Months stored (default 1).
 * @param {string} [region] Region code or name (default us-east-1).
 * @param {number} [price_per_cmu_month] Your own USD price per CMU per month.
 * @return {number} Custom Model Import storage cost in USD.
 * @customfunction
 */
function BEDROCK_CMI_STORAGE(model_or_cmus, months, region, price_per_cmu_month) {
  return AddonLib.bedrockCmiStorage(model_or_cmus, months, region, price_per_cmu_month);
}

/**
 * Reinforcement fine-tuning cost: price per hour × hours of the training workflow.
 *
 * @param {string} model Bedrock model ID, name or alias, e.g. "Nova 2 Lite".
 * @param {number} hours Hours of the job.
 * @param {string} [region] Region code or name (default us-east-1, or the only region where it is priced).
 * @param {number} [price_per_hour] Your own USD price per hour.
 * @return {number} Reinforcement fine-tuning cost in USD.
 * @customfunction
 */
function BEDROCK_RFT_COST(model, hours, region, price_per_hour) {
  return AddonLib.bedrockRftCost(model, hours, region, price_per_hour);
}

/**
 * The unit price of one item from the price book, in USD.
 *
 * @param {string} model Bedrock model ID, name or alias (for "cmi" items: CMUs or an architecture).
 * @param {string} item "training", "storage", "pt", "pt base", "input", "output", "cmi", "cmi storage" or "rft".
 * @param {string} [region] Region code or name (default us-east-1, or the only region where it is priced).
 * @param {string} [term] For "pt": "none", "1 month" or "6 months" (default "1 month").
 * @return {number} The unit price in USD (see BEDROCK_RATE_INFO for its unit and source).
 * @customfunction
 */
function BEDROCK_RATE(model, item, region, term) {
  return AddonLib.bedrockRate(model, item, region, term);
}

/**
 * The unit price of one item with where it comes from: one row of price, unit, region, term, as-of date, source,
 * and a caveat where AWS contradicts itself about the price, the number looks wrong or it is sold only in a limited way.
 *
 * @param {string} model Bedrock model ID, name or alias (for "cmi" items: CMUs or an architecture).
 * @param {string} item "training", "storage", "pt", "pt base", "input", "output", "cmi", "cmi storage" or "rft".
 * @param {string} [region] Region code or name.
 * @param {string} [term] For "pt": "none", "1 month" or "6 months".
 * @return {Array<Array<string|number>>} One row: price, unit, region, term, as-of date, source, caveat (or blank).
 * @customfunction
 */
function BEDROCK_RATE_INFO(model, item, region, term) {
  return AddonLib.bedrockRateInfo(model, item, region, term);
}

/**
 * The models in the price book: a table with a header row (ID, name, provider, what is priced, regions).
 *
 * @param {string} [search] Part of a model ID, name, alias or provider, e.g. "nova" or "llama 3".
 * @param {string} [region] Only models priced in this region.
 * @return {Array<Array<string>>} The table of models.
 * @customfunction
 */
function BEDROCK_MODELS(search, region) {
  return AddonLib.bedrockModels(search, region);
}

/**
 * A model's lifecycle in words: "Active", "Legacy — end of life 2027-03-30" or "End of life since … (replacement: …)".
 * Some models' dates differ by region: without a region the text names those regions and their dates.
 *
 * @param {string} model Bedrock model ID, name or alias.
 * @param {string} [region] Region code or name: that region's dates.
 * @return {string} The model's lifecycle status.
 * @customfunction
 */
function BEDROCK_MODEL_STATUS(model, region) {
  return AddonLib.bedrockModelStatus(model, region);
}

/**
 * How old the price book's prices are: the range of dates on which a first-party AWS source last confirmed them,
 * e.g. "checked 2025-02-28 – 2026-09-11 (most 2026-01-14)".
 *
 * @return {string} The dates, in the spreadsheet's language.
 * @customfunction
 */
function BEDROCK_PRICES_AS_OF() {
  return AddonLib.bedrockPricesAsOf();
}

/**
 * Compares the ways of hosting a custom model on Provisioned Throughput for one month: no commitment (billed only
 * for the hours it exists: hours_per_day × days), a 1-month and a 6-month commitment (billed every hour: 24 × days).
 * Returns a header row and one row per option, cheapest first: price per MU-hour, billed hours, hosting (price ×
 * model units × hours), one month of custom-model storage, monthly total, note. An option the price book does not
 * price in the region comes last with a note instead of numbers; if storage is not priced, storage and total stay
 * blank and the note says why. Prefix "base:" for base-model hosting (no storage). Custom-model on-demand is
 * compared by BEDROCK_BREAKEVEN_TOKENS.
 *
 * @param {string} model Bedrock model ID, name or alias, e.g. "Llama 2 13B"; prefix "base:" for the base model.
 * @param {number} [model_units] Model units (default 1).
 * @param {number} [hours_per_day] Hours a day the throughput is needed, 0 to 24 (default 24).
 * @param {number} [days] Days in the month, up to 31 (default 30).
 * @param {string} [region] Region code or name (default us-east-1).
 * @return {Array<Array<string|number>>} The comparison table.
 * @customfunction
 */
function BEDROCK_COMPARE(model, model_units, hours_per_day, days, region) {
  return AddonLib.bedrockCompare(model, model_units, hours_per_day, days, region);
}

/**
 * The hours a day of no-commitment Provisioned Throughput above which a 1- or 6-month commitment is cheaper:
 * 24 × term price ÷ no-commitment price (the same for any model units and days). 24 or more means the term is never
 * cheaper. An error names the price the book lacks.
 *
 * @param {string} model Bedrock model ID, name or alias; prefix "base:" for the base model's rates.
 * @param {string} [term] "1 month" or "6 months" (also 1, 6, "1m", "6m"; default "1 month").
 * @param {string} [region] Region code or name (default us-east-1, or the only region where the term is priced).
 * @return {number} Hours a day.
 * @customfunction
 */
function BEDROCK_BREAKEVEN_HOURS(model, term, region) {
  return AddonLib.bedrockBreakevenHours(model, term, region);
}

/**
 * Custom Model Import for a month: inference while active plus one month of storage. Each day is one active stretch
 * of whole 5-minute windows (⌈hours × 60 ÷ 5⌉ a day, × days) × 5 × CMUs × copies × price per CMU-minute, plus
 * storage per CMU per month × CMUs (storage does not grow with copies).
 *
 * @param {string|number} model_or_cmus CMUs per copy (e.g. 2), a known size ("Llama 3.1 8B 128K"), or "architecture:CMUs".
 * @param {number} active_hours_per_day Hours a day the model is active, 0 to 24.
 * @param {number} [copies] Active model copies (default 1).
 * @param {number} [days] Active days in the month, a whole number up to 31 (default 30).
 * @param {string} [region] Region code or name (default us-east-1).
 * @return {number} Monthly Custom Model Import cost in USD.
 * @customfunction
 */
function BEDROCK_CMI_MONTHLY(model_or_cmus, active_hours_per_day, copies, days, region) {
  return AddonLib.bedrockCmiMonthly(model_or_cmus, active_hours_per_day, copies, days, region);
}

/**
 * The monthly token volume above which Provisioned Throughput is always cheaper than custom-model on-demand
 * inference, over a 730-hour month. Each model unit pays for itself once it carries V1 = price per MU-hour × 730 ÷
 * blended on-demand price per token; a unit carries at most tokens_per_minute_per_unit × 60 × 730 tokens, and a
 * volume needing n units is cheaper on PT above n × V1. The result is the volume above which that holds for every
 * larger volume (V1 when one unit carries twice V1 or more). An error says so when PT is never cheaper at this
 * throughput. Storage is left out: it is the same either way.
 *
 * @param {string} model Bedrock model ID, name or alias with both on-demand and PT prices, e.g. "Nova Micro".
 * @param {number} tokens_per_minute_per_unit Tokens per minute one model unit serves for your model (AWS quotes it; it is not published).
 * @param {string} [term] "none", "1 month" or "6 months" (default "1 month").
 * @param {string} [region] Region code or name (default us-east-1, or the only region where PT is priced).
 * @param {number|string} [input_share] Share of tokens that are input, 0 to 1 (default 0.75, i.e. 3:1); also "75%" or "3:1" as text.
 * @return {number} Tokens a month.
 * @customfunction
 */
function BEDROCK_BREAKEVEN_TOKENS(model, tokens_per_minute_per_unit, term, region, input_share) {
  return AddonLib.bedrockBreakevenTokens(model, tokens_per_minute_per_unit, term, region, input_share);
}

// ---------------------------------------------------------------------------------------------------------------
/**
 * Every way to host the model for one month of the given usage, side by side: on-demand (custom-model tokens + one
 * month of storage), no commitment (the schedule's hours), 1- and 6-month commitments (every hour of the month) and
 * Custom Model Import (whole 5-minute windows of each active stretch × CMUs × copies, + CMU storage). Priced rows
 * cheapest first, then rows without a total, each with a note. An option not sold in the region is priced in the
 * nearest region where it is, and the note says so. On-demand without tokens has no total.
 *
 * @param {string|number} model Bedrock model ID, name or alias ("Nova Lite"; "base:" for the base model), or a Custom Model Import size (2, "Llama 3.1 8B 128K", "Llama:2").
 * @param {string} [region] Region code or name (default us-east-1).
 * @param {number} [input_tokens] Input tokens a month (for on-demand).
 * @param {number} [output_tokens] Output tokens a month (for on-demand).
 * @param {string|number} [schedule] "24/7" (default), hours every day (8), "9-18", "22-6", "weekdays 9-18", "Mon-Fri 9-18", "平日 9-18" or "weekdays".
 * @param {number} [model_units] Model units; for Custom Model Import, model copies (default 1).
 * @param {string|Date} [month] Blank for the average month of 730 hours, or "2026-12", "2026年12月" or a date in the month.
 * @return {Array<Array<string|number>>} Option, Region, Billed, Hosting (USD), Storage (USD), Monthly total (USD), Note.
 * @customfunction
 */
function BEDROCK_ESTIMATE(model, region, input_tokens, output_tokens, schedule, model_units, month) {
  return AddonLib.bedrockEstimate(model, region, input_tokens, output_tokens, schedule, model_units, month);
}

/**
 * The monthly range of BEDROCK_ESTIMATE: one row with the lowest and the highest monthly total of the priced
 * hosting options and a short text naming the cheapest and the dearest option and their regions. Columns of inputs
 * (e.g. a column of models) give one row each.
 *
 * @param {string|number} model Bedrock model ID, name or alias, or a Custom Model Import size (as BEDROCK_ESTIMATE).
 * @param {string} [region] Region code or name (default us-east-1).
 * @param {number} [input_tokens] Input tokens a month.
 * @param {number} [output_tokens] Output tokens a month.
 * @param {string|number} [schedule] "24/7" (default), hours every day, "9-18", "weekdays 9-18", "平日 9-18" or "weekdays".
 * @param {number} [model_units] Model units, or Custom Model Import copies (default 1).
 * @param {string|Date} [month] Blank for the average month of 730 hours, or a calendar month ("2026-12").
 * @return {Array<Array<string|number>>} Lowest (USD), highest (USD), cheapest and dearest option.
 * @customfunction
 */
function BEDROCK_MONTHLY_RANGE(model, region, input_tokens, output_tokens, schedule, model_units, month) {
  return AddonLib.bedrockMonthlyRange(model, region, input_tokens, output_tokens, schedule, model_units, month);
}

// The menu and the sidebar. Not cell functions: menu callbacks and google.script.run targets, so no @customfunction.
// Except onOpen and onInstall, each reaches its code through AddonLib.uiServer(), which loads dist/UiServer.html
// (the UI server bundle, not compiled on cell calls) once per execution.

/**
 * Builds the add-on menu when the spreadsheet opens (in AuthMode.NONE too: it only adds items).
 *
 * @param {GoogleAppsScript.Events.SheetsOnOpen} [e] The open event.
 */
function onOpen(e) {
  AddonLib.onOpen(e);
}

/**
 * Builds the add-on menu right after the add-on is installed.
 *
 * @param {GoogleAppsScript.Events.AddonOnInstall} [e] The install event.
 */
function onInstall(e) {
  AddonLib.onInstall(e);
}

/**
 * Menu "Open model picker": shows the sidebar.
 */
function showSidebar() {
  AddonLib.uiServer().showSidebar();
}

/**
 * Menu "Insert budget template": adds a new budget sheet (never over an existing one).
 *
 * @return {string} The name of the new sheet.
 */
function insertBudgetTemplate() {
  return AddonLib.uiServer().insertBudgetTemplate();
}

/**
 * Menu "About prices": the price book's as-of date and its sources.
 */
function aboutPrices() {
  AddonLib.uiServer().aboutPrices();
}

/**
 * Sidebar: the models, regions and defaults to choose from (plain JSON).
 *
 * @param {string} [locale] A locale such as "ja" or "en-US" (default: the user's).
 * @return {import('../ui/sidebar-types').SidebarData} The sidebar's choices.
 */
function getSidebarModel(locale) {
  return AddonLib.uiServer().getSidebarModel(locale);
}

/**
 * Sidebar: the cost breakdown for the inputs, or the message a custom function would show for them.
 *
 * @param {import('../ui/sidebar-types').QuoteRequest} request The sidebar's inputs as typed.
 * @return {import('../ui/sidebar-types').QuoteResult} Lines with unit price, unit, date and source, or an error.
 */
function getQuote(request) {
  return AddonLib.uiServer().getQuote(request);
}

/**
 * Sidebar Compare view: BEDROCK_COMPARE's table for the inputs, the break-even hours in words and the formula, or the
 * message the function would show.
 *
 * @param {import('../ui/sidebar-types').QuoteRequest} request The model (or "base:" model), region, model units, hours a day and days as typed.
 * @return {import('../ui/sidebar-types').ComparisonResult} The options cheapest first, or an error.
 */
function getComparison(request) {
  return AddonLib.uiServer().getComparison(request);
}

/**
 * Sidebar "Estimate a month": BEDROCK_ESTIMATE's rows for the inputs, the range in USD and JPY and the formula, or
 * the message the function would show.
 *
 * @param {import('../ui/sidebar-types').QuoteRequest} request The model, region, tokens, schedule, model units and month as typed.
 * @return {import('../ui/sidebar-types').EstimateResult} Every hosting option cheapest first, or an error.
 */
function getEstimate(request) {
  return AddonLib.uiServer().getEstimate(request);
}

/**
 * Sidebar: checks the exchange rate the user typed and remembers it in their user properties.
 *
 * @param {string} typed JPY per USD as typed, e.g. "150".
 * @return {import('../ui/sidebar-types').FxResult} The rate now in force, or why the typed one was refused.
 */
function setExchangeRate(typed) {
  return AddonLib.uiServer().setExchangeRate(typed);
}

/**
 * Sidebar "Insert formula": writes the formula (or a row of formulas) into the current cell.
 *
 * @param {string|string[]} formulas A =BEDROCK_… formula, or several for one row.
 * @param {import('../ui/sidebar-types').InsertOptions} [options] confirm: the cells the user agreed to overwrite; lang.
 * @return {import('../ui/sidebar-types').InsertResult | import('../ui/sidebar-types').InsertNeedsConfirmation} The cell
 *   written, or what would be overwritten (nothing is written until the user confirms).
 */
function insertFormula(formulas, options) {
  return AddonLib.uiServer().insertFormula(formulas, options);
}

/**
 * Sidebar "Insert value": writes the number (or a row of numbers) into the current cell.
 *
 * @param {number|number[]} values The value in USD, or several for one row.
 * @param {import('../ui/sidebar-types').InsertOptions} [options] confirm: the cells the user agreed to overwrite; lang.
 * @return {import('../ui/sidebar-types').InsertResult | import('../ui/sidebar-types').InsertNeedsConfirmation} The cell
 *   written, or what would be overwritten (nothing is written until the user confirms).
 */
function insertValue(values, options) {
  return AddonLib.uiServer().insertValue(values, options);
}

/**
 * Every price the book has kept for one item, newest first: a header row, then price, unit, valid from, valid to
 * (blank while it stands) and source. The current price comes first.
 *
 * @param {string} model Bedrock model ID, name or alias (for "cmi" items: CMUs, a CMU size or an architecture).
 * @param {string} item "training", "storage", "pt", "pt base", "input", "output", "cmi", "cmi storage" or "rft".
 * @param {string} [region] Region code or name (default us-east-1, or the only region where it is priced).
 * @param {string} [term] For "pt": "none", "1 month" or "6 months" (default "1 month").
 * @return {Array<Array<string|number>>} The readings, with a header row.
 * @customfunction
 */
function BEDROCK_RATE_HISTORY(model, item, region, term) {
  return AddonLib.bedrockRateHistory(model, item, region, term);
}
