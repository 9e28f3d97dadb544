import fc from 'fast-check';

/**
 * Any string of code points, lone surrogates included: what
 * `fc.string({ unit: 'binary' })` draws. fast-check builds that unit's
 * lookup table over all 1.1 M code points on first use, which took 2.9-3.9 s
 * per test file on a loaded 2-core machine (against vitest's 5 s limit);
 * drawing the code point directly costs nothing up front.
 */
export const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
export const anyText = fc.string({ unit: anyCodePoint });
