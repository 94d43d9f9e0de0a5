/** The bundle's single global (esbuild IIFE, globalName AddonLib); entry.js forwards to it. */
declare const AddonLib: typeof import('../server/api');
