export * from './approxDate';
export * from './draftDiff';
export * from './inventoryTotals';
