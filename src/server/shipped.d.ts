/** Modules the build writes (scripts/build.ts): what ships with the bundle rather than in src/. */
declare module 'shipped:cold-room' {
  /** The cold room's script (src/server/cold-api.ts bundled, global ColdRoom). */
  export const COLD_ROOM_SCRIPT: string;
  /** The modules of dist/Code.js that the cold room imports, in the order its script names them. */
  export const HOT_MODULES: readonly object[];
}
