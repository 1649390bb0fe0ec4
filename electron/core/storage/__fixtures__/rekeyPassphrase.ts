/** The passphrase of each generation in the re-key crash test (test data, not a secret). */
export const rekeyPassphrase = (generation: number) => `re-key crash test passphrase, generation ${generation}`;
