export * from './approxDate';
export * from './draftDiff';
export * from './inventoryTotals';
export * from './timelineByYear';
export * from './letterFacts';
export * from './answers';
