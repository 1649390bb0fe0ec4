/** Everything in the guidance layer, for convenient imports. */
export * from './languageRules';
export * from './languageCheck';
export * from './questionBank';
export * from './inventory';
export * from './crisisResources';
export * from './sectionTexts';
export * from './partnerTexts';
export * from './lockTexts';
