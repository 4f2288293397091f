// Bytes to base64 with what both browsers and Node have (btoa), in slices so a long chunk does
// not overflow the argument list of String.fromCharCode.

const SLICE = 0x8000;

/** @param {Uint8Array} bytes */
export function toBase64(bytes) {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + SLICE));
  }
  return btoa(binary);
}
