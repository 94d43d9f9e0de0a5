/**
 * 'shipped:cold-room' for tests that import src/ directly (jest.config.js maps it here): the build writes that module
 * into dist/Code.js with the room's script as text; here the room is its source module, handed over the same way.
 */
import * as coldApi from '../../src/server/cold-api';

export const COLD_ROOM_PACKED = 'var ColdRoom = hotModules[0];'; // nothing packed: unpacks to itself
export const DICTIONARY = '';
export const HOT_MODULES: readonly object[] = [coldApi];
