// A WAV file as an audio source for ConversationCapture, in place of the microphone: the same
// frames-to-callback interface, paced like a live recording (or faster). Used by the end-to-end
// test, and usable to send a recording made elsewhere through the same path.

import { pcm16ToFloat } from './pcm.js';

/**
 * Reads a PCM16 WAV (any rate, mono or interleaved channels).
 * @param {Uint8Array} bytes the whole file
 * @returns {{ sampleRate: number, channels: number, samples: Int16Array, pcm: Uint8Array }}
 */
export function parseWav(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (offset) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || text(0) !== 'RIFF' || text(8) !== 'WAVE') {
    throw new Error('Not a WAV file');
  }
  let format = null;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = text(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = { tag: view.getUint16(body, true), channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === 'data') {
      if (!format || (format.tag !== 1 && format.tag !== 0xfffe) || format.bits !== 16) {
        throw new Error('Only 16-bit PCM WAV is supported');
      }
      const pcm = bytes.slice(body, Math.min(body + size, bytes.length));
      const samples = new Int16Array(pcm.length / 2);
      const pcmView = new DataView(pcm.buffer);
      for (let i = 0; i < samples.length; i++) {
        samples[i] = pcmView.getInt16(i * 2, true);
      }
      return { sampleRate: format.sampleRate, channels: format.channels, samples, pcm };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV file without data');
}

/**
 * @param {Uint8Array} wavBytes
 * @param {{ frameSize?: number, speed?: number, startSample?: number }} [options] frameSize in
 *   samples; speed 1 is real time; startSample skips the start of the file (to go on where an
 *   earlier capture stopped)
 */
export function wavSource(wavBytes, { frameSize = 2048, speed = 1, startSample = 0 } = {}) {
  const wav = parseWav(wavBytes);
  const mono = mixdown(wav.samples, wav.channels).subarray(startSample);
  let timer = null;
  let finish = () => {};
  const ended = new Promise((resolve) => {
    finish = resolve;
  });

  return {
    sampleRate: wav.sampleRate,
    /** Resolves once every frame was delivered, or the source was stopped. */
    ended,

    async start(onFrames) {
      let offset = 0;
      const delayMs = ((frameSize / wav.sampleRate) * 1000) / speed;
      const tick = () => {
        if (offset >= mono.length) {
          timer = null;
          finish();
          return;
        }
        const frames = mono.subarray(offset, offset + frameSize);
        offset += frames.length;
        onFrames(frames);
        timer = setTimeout(tick, delayMs);
      };
      timer = setTimeout(tick, 0);
    },

    async stop() {
      clearTimeout(timer);
      timer = null;
      finish();
    },
  };
}

function mixdown(samples, channels) {
  const floats = pcm16ToFloat(samples);
  if (channels === 1) {
    return floats;
  }
  const mono = new Float32Array(Math.floor(floats.length / channels));
  for (let i = 0; i < mono.length; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) {
      sum += floats[i * channels + c];
    }
    mono[i] = sum / channels;
  }
  return mono;
}
