/** Modules the build writes (scripts/build.ts): what ships with the bundle rather than in src/. */
declare module 'shipped:cold-room' {
  /** The cold room's script (src/server/cold-api.ts bundled, global ColdRoom), packed (src/core/packed-text.ts). */
  export const COLD_ROOM_PACKED: string;
  /** The dictionary the room's script and the shipped data are packed with. */
  export const DICTIONARY: string;
  /** The modules of dist/Code.js that the cold room imports, in the order its script names them. */
  export const HOT_MODULES: readonly object[];
}
