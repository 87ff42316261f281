/** 128 random bits as hex: a card's nonce. crypto.getRandomValues, not randomUUID, which
 *  needs a secure context (a sandboxed or plain-http page is not one). */
export function randomNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
