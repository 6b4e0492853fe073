/**
 * The engine's own steps, counted: one for each turn of a loop the engine writes itself (its
 * regexes are measured apart, by the text each is given). tests/engine/linear-time.test.ts reads
 * the count to hold the engine to linear time by counting steps, never by timing them. Nothing
 * in the extension reads it; a step costs one increment.
 */
export const meter = { steps: 0 };
