/**
 * The add-on's UI server side: menu items and the sidebar's google.script.run targets. It is NOT in dist/Code.js:
 * Apps Script compiles every script file on every execution, custom-function calls included, and cells never need
 * this code. The build bundles it on its own (global AddonUi, with its own copy of the core) into dist/UiServer.html,
 * which Apps Script stores as an HTML file and does not compile; ./ui-server.ts loads it on the first UI call.
 */
export { showSidebar, insertBudgetTemplate, aboutPrices } from '../ui/menu-items';
export { getSidebarModel, getQuote, getComparison, getEstimate, setExchangeRate, insertFormula, insertValue } from '../ui/sidebar-server';
