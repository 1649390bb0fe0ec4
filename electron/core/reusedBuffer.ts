/**
 * Buffers kept for a workbook's bytes between saves (the encoder's plaintext, the vault's sealed
 * file, the buffers shared with the crypto worker): one buffer filled again at every save, grown
 * when the workbook grows, instead of a fresh buffer of the workbook's size at each save, whose
 * page faults and collections cost more than the copy into it (see `npm run bench -- storage`).
 */

/** The capacity of a kept buffer that must hold `needed` bytes: half again as much, in whole 64 KiB. */
export function grownCapacity(current: number, needed: number): number {
  const wanted = Math.max(needed, Math.floor(current * 1.5));
  return Math.ceil(wanted / 65_536) * 65_536;
}
