/**
 * Standard Office password protection (ECMA-376 Agile, AES-256) via officecrypto-tool:
 * Word and LibreOffice open the file with the password, and nothing is readable without it.
 */
import officeCrypto from 'officecrypto-tool';

export function encryptDocx(docx: Buffer, password: string): Buffer {
  return officeCrypto.encrypt(docx, { password });
}

export function decryptDocx(encrypted: Buffer, password: string): Promise<Buffer> {
  return officeCrypto.decrypt(encrypted, { password });
}

export function isEncryptedDocx(bytes: Buffer): boolean {
  return officeCrypto.isEncrypted(bytes);
}
