import type { Sodium } from '../sodium';

/** One Argon2id derivation as asked of libsodium: its passes and its memory in KiB. */
export interface Derivation {
  opslimit: number;
  memlimitKiB: number;
}

/**
 * The real libsodium, with every Argon2id derivation recorded (the call goes through unchanged).
 * Tests bound the work a file can make the app do by these counts, never by the clock: CI is a
 * busy two-core machine, and a count does not change with its load.
 */
export function countingSodium(sodium: Sodium): { sodium: Sodium; derivations: Derivation[]; work: () => number } {
  const derivations: Derivation[] = [];
  const counted = new Proxy(sodium, {
    get(target, property, receiver) {
      if (property !== 'crypto_pwhash') return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<Sodium['crypto_pwhash']>) => {
        derivations.push({ opslimit: args[3], memlimitKiB: args[4] / 1024 });
        return target.crypto_pwhash(...args);
      };
    },
  });
  /** Passes × MiB summed over every derivation so far. */
  const work = () => derivations.reduce((sum, d) => sum + d.opslimit * (d.memlimitKiB / 1024), 0);
  return { sodium: counted, derivations, work };
}
