/** The minimum the main process enforces; the renderer adds a strength meter on top. */
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
