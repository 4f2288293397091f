// Recorded audio as a WAV file: 16-bit PCM, mono, at the given rate (16 kHz for the box). The
// voice-profile screen builds its upload this way; the box reads it with the same WavReader as
// any other WAV, so the file carries nothing but a 44-byte header and the samples.

import { floatToPcm16 } from './pcm.js';

const HEADER_BYTES = 44;

/**
 * @param {Float32Array | Int16Array} samples mono audio, floats in [-1, 1] or PCM16
 * @param {number} sampleRate samples per second
 * @returns {Uint8Array} the whole file
 */
export function encodeWav(samples, sampleRate) {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) {
    throw new RangeError(`Unsupported sample rate: ${sampleRate}`);
  }
  const pcm = samples instanceof Int16Array ? samples : floatToPcm16(samples);
  const dataBytes = pcm.length * 2;
  const bytes = new Uint8Array(HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset, text) => {
    for (let i = 0; i < text.length; i++) {
      bytes[offset + i] = text.charCodeAt(i);
    }
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < pcm.length; i++) {
    view.setInt16(HEADER_BYTES + i * 2, pcm[i], true);
  }
  return bytes;
}
