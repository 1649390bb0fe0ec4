/** The one strength estimate (shared with the main process and the command): see shared/passphraseStrength.ts. */
export { estimateStrength, type Strength } from '../../shared/passphraseStrength';
