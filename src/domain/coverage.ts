/**
 * The `coverage` rules (DESIGN.md, "Derived"): what has figures and no active measure, ranked by
 * tier; which measures follow no indicator; which are past their deadline; where things worsen
 * despite a measure; and theme × prevention level / target group counts. Pure functions over plain
 * rows, returning codes and numbers; `src/i18n/coverage-text.ts` words them.
 */
export * from './coverage/types.ts';
export * from './coverage/measures.ts';
export * from './coverage/tiers.ts';
export * from './coverage/uncovered.ts';
export * from './coverage/unfollowed.ts';
export * from './coverage/overdue.ts';
export * from './coverage/worsening-despite.ts';
export * from './coverage/matrix.ts';
