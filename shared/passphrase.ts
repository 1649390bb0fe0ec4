import { estimateStrength } from './passphraseStrength';

/**
 * The one passphrase rule: at least MIN_PASSPHRASE_LENGTH characters and a zxcvbn-ts score of at
 * least MIN_STRENGTH_SCORE. The renderer (before Create is offered), the main process and every
 * `workbook` command that sets a passphrase apply it, with the same words.
 */
export const MIN_PASSPHRASE_LENGTH = 10;
export const MAX_PASSPHRASE_LENGTH = 1024;

export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `Please use at least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words work well.`;
  }
  if (passphrase.length > MAX_PASSPHRASE_LENGTH) return 'That passphrase is longer than the app can accept.';
  if (passphrase.trim().length === 0) return 'A passphrase cannot be only spaces.';
  return null;
}

/** zxcvbn-ts score (0-4) a new passphrase needs: 2 ("fair") or better. */
export const MIN_STRENGTH_SCORE = 2;
export const WEAK_PASSPHRASE_MESSAGE =
  'That passphrase would be easy to guess. A few unrelated words, or a longer sentence only you would think of, work well.';

/** The whole rule (length, then strength); null when the passphrase may be used. */
export async function passphraseRuleProblem(passphrase: string): Promise<string | null> {
  const problem = passphraseProblem(passphrase);
  if (problem) return problem;
  return (await estimateStrength(passphrase)).score < MIN_STRENGTH_SCORE ? WEAK_PASSPHRASE_MESSAGE : null;
}

/** Passwords on exported documents: one rule for the app and the command. */
export const MIN_DOCUMENT_PASSWORD_LENGTH = 8;

export function documentPasswordProblem(password: string): string | null {
  if (password.trim().length === 0) return 'Please type a password for the document, or leave the document unprotected.';
  if (password.length < MIN_DOCUMENT_PASSWORD_LENGTH) {
    return `A document password needs at least ${MIN_DOCUMENT_PASSWORD_LENGTH} characters.`;
  }
  return null;
}
