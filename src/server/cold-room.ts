/**
 * Compiles the cold room (./cold-api.ts) on the first call of one of its functions in an execution.
 *
 * The build (scripts/build.ts) bundles the room on its own, with every module that dist/Code.js already holds left
 * out of it: the room reads those from HOT_MODULES, the same module objects the plain functions use, so there is one
 * book, one catalogue and one PricingError class. Its script is a string literal in dist/Code.js, packed with the
 * data's dictionary (src/core/packed-text.ts): a string is only scanned when the script is compiled, and a packed one
 * is a third of the length. It is unpacked and run here with `new Function`, which the V8 runtime allows like eval;
 * its `var ColdRoom` stays local to that function.
 */
import { COLD_ROOM_PACKED, DICTIONARY, HOT_MODULES } from 'shipped:cold-room';
import { unpack } from '../core/packed-text';

export type ColdRoom = typeof import('./cold-api');

let room: ColdRoom | undefined;

export function coldRoom(): ColdRoom {
  room ??= new Function('hotModules', `${unpack(COLD_ROOM_PACKED, DICTIONARY)}\nreturn ColdRoom;`)(HOT_MODULES) as ColdRoom;
  return room;
}
