import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { floatToPcm16 } from '../capture/pcm.js';
import { parseWav } from '../capture/wav-source.js';
import { encodeWav } from '../capture/wav-writer.js';

describe('encodeWav', () => {
  it('writes a mono PCM16 WAV that reads back to the same samples', () => {
    const floats = new Float32Array(16000);
    for (let i = 0; i < floats.length; i++) {
      floats[i] = 0.6 * Math.sin((2 * Math.PI * 440 * i) / 16000);
    }
    const wav = encodeWav(floats, 16000);
    assert.equal(wav.length, 44 + 2 * floats.length);
    const parsed = parseWav(wav);
    assert.equal(parsed.sampleRate, 16000);
    assert.equal(parsed.channels, 1);
    assert.deepEqual(parsed.samples, floatToPcm16(floats));
  });

  it('takes PCM16 as it is and writes the sizes in the header', () => {
    const wav = encodeWav(Int16Array.from([1, -2, 32767, -32768]), 16000);
    const view = new DataView(wav.buffer);
    assert.equal(view.getUint32(4, true), 36 + 8);
    assert.equal(view.getUint32(40, true), 8);
    assert.equal(view.getUint32(28, true), 32000);
    assert.deepEqual(parseWav(wav).samples, Int16Array.from([1, -2, 32767, -32768]));
  });

  it('writes an empty recording as a valid header', () => {
    const wav = encodeWav(new Float32Array(0), 16000);
    assert.equal(wav.length, 44);
    assert.equal(parseWav(wav).samples.length, 0);
  });

  it('refuses a rate that is not a whole positive number', () => {
    assert.throws(() => encodeWav(new Float32Array(1), 0), RangeError);
    assert.throws(() => encodeWav(new Float32Array(1), 44100.5), RangeError);
  });
});
