/** Pure logic for the partner's workbook: question order, counts, check-in trends. */
export * from './questionOrder';
export * from './questionCounts';
export * from './questionFromBank';
export * from './checkInTrend';
