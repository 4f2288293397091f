import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Chunker, floatToPcm16, PcmPipeline, pcm16ToFloat, Resampler, toLittleEndianBytes } from '../capture/pcm.js';

function sine(frequency, rate, seconds, amplitude = 0.5) {
  const samples = new Float32Array(Math.round(rate * seconds));
  for (let i = 0; i < samples.length; i++) {
    samples[i] = amplitude * Math.sin((2 * Math.PI * frequency * i) / rate);
  }
  return samples;
}

// Resamples in uneven pieces, as an AudioWorklet delivers them, then flushes.
function resample(input, inputRate, pieceSizes = [128, 2048, 517, 1]) {
  const resampler = new Resampler(inputRate);
  const parts = [];
  let offset = 0;
  for (let i = 0; offset < input.length; i++) {
    const size = pieceSizes[i % pieceSizes.length];
    parts.push(resampler.process(input.subarray(offset, offset + size)));
    offset += size;
  }
  parts.push(resampler.flush());
  const output = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    output.set(part, at);
    at += part.length;
  }
  return output;
}

// Amplitude and phase-free magnitude of one frequency (a single DFT bin over whole periods).
function amplitudeAt(samples, frequency, rate) {
  let re = 0;
  let im = 0;
  for (let i = 0; i < samples.length; i++) {
    re += samples[i] * Math.cos((2 * Math.PI * frequency * i) / rate);
    im += samples[i] * Math.sin((2 * Math.PI * frequency * i) / rate);
  }
  return (2 * Math.hypot(re, im)) / samples.length;
}

// Frequency from rising zero crossings, with linear interpolation between samples.
function frequencyOf(samples, rate) {
  const crossings = [];
  for (let i = 1; i < samples.length; i++) {
    if (samples[i - 1] < 0 && samples[i] >= 0) {
      crossings.push(i - 1 + samples[i - 1] / (samples[i - 1] - samples[i]));
    }
  }
  return ((crossings.length - 1) * rate) / (crossings[crossings.length - 1] - crossings[0]);
}

function rms(samples) {
  return Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length);
}

// The middle second: away from the filter's start-up and the flush padding.
const steady = (samples) => samples.subarray(8000, 24000);

describe('Resampler', () => {
  for (const rate of [48000, 44100, 22050]) {
    it(`keeps a 1 kHz sine at ${rate} Hz at 1 kHz and the same amplitude`, () => {
      const output = resample(sine(1000, rate, 2), rate);

      assert.ok(Math.abs(output.length - 32000) <= 2, `length ${output.length}`);
      assert.ok(Math.abs(frequencyOf(steady(output), 16000) - 1000) < 0.5, `frequency ${frequencyOf(steady(output), 16000)}`);
      assert.ok(Math.abs(amplitudeAt(steady(output), 1000, 16000) - 0.5) < 0.005, `amplitude ${amplitudeAt(steady(output), 1000, 16000)}`);
    });
  }

  it('attenuates a 10 kHz tone at 48 kHz by more than 60 dB instead of folding it to 6 kHz', () => {
    const output = steady(resample(sine(10000, 48000, 2), 48000));

    assert.ok(rms(output) < 0.5 * 0.001, `rms ${rms(output)}`);
    assert.ok(amplitudeAt(output, 6000, 16000) < 0.5 * 0.001, `alias at 6 kHz ${amplitudeAt(output, 6000, 16000)}`);
  });

  it('attenuates a 9 kHz tone at 44.1 kHz by more than 60 dB', () => {
    const output = steady(resample(sine(9000, 44100, 2), 44100));

    assert.ok(rms(output) < 0.5 * 0.001, `rms ${rms(output)}`);
  });

  it('passes 7 kHz (top of the speech band) nearly untouched', () => {
    const output = steady(resample(sine(7000, 48000, 2), 48000));

    assert.ok(Math.abs(amplitudeAt(output, 7000, 16000) - 0.5) < 0.01, `amplitude ${amplitudeAt(output, 7000, 16000)}`);
  });

  it('gives the same output whatever the piece sizes', () => {
    const input = sine(440, 44100, 1);

    const whole = resample(input, 44100, [input.length]);
    const pieces = resample(input, 44100, [3, 128, 1000, 7]);

    assert.deepEqual(pieces, whole);
  });

  it('leaves 16 kHz input exactly as it is', () => {
    const input = sine(1000, 16000, 0.1);

    assert.deepEqual(new Resampler(16000).process(input), input);
  });

  it('refuses a sample rate no sound card has', () => {
    assert.throws(() => new Resampler(0), RangeError);
    assert.throws(() => new Resampler(1e6), RangeError);
  });
});

describe('PCM16 conversion', () => {
  it('round-trips every 16-bit value exactly', () => {
    const all = new Int16Array(65536);
    for (let i = 0; i < all.length; i++) {
      all[i] = i - 32768;
    }

    assert.deepEqual(floatToPcm16(pcm16ToFloat(all)), all);
  });

  it('clips out-of-range floats', () => {
    assert.deepEqual(floatToPcm16(Float32Array.of(1.5, -1.5, 1, -1)), Int16Array.of(32767, -32768, 32767, -32768));
  });

  it('writes little-endian bytes', () => {
    assert.deepEqual(toLittleEndianBytes(Int16Array.of(0x0102, -2)), Uint8Array.of(0x02, 0x01, 0xfe, 0xff));
  });
});

describe('Chunker', () => {
  it('cuts 250 ms chunks of 8000 bytes by default and carries the rest across calls', () => {
    const chunker = new Chunker();

    const first = chunker.push(new Int16Array(3000));
    const second = chunker.push(new Int16Array(6000));
    const last = chunker.flush();

    assert.equal(first.length, 0);
    assert.deepEqual(second.map((chunk) => chunk.length), [8000, 8000]);
    assert.equal(last.length, 2000);
    assert.equal(chunker.flush(), null);
  });

  for (const [chunkMs, bytes] of [[100, 3200], [500, 16000]]) {
    it(`cuts ${chunkMs} ms chunks of ${bytes} bytes`, () => {
      const chunks = new Chunker({ chunkMs }).push(new Int16Array(16000));

      assert.ok(chunks.every((chunk) => chunk.length === bytes));
      assert.equal(chunks.length, 32000 / bytes);
    });
  }

  it('keeps the samples in order across chunk borders', () => {
    const samples = Int16Array.from({ length: 5000 }, (_, i) => i);
    const chunker = new Chunker({ chunkMs: 100 });

    const chunks = [...chunker.push(samples.subarray(0, 1234)), ...chunker.push(samples.subarray(1234)), chunker.flush()];
    const joined = new Int16Array(Buffer.concat(chunks).buffer.slice(0));

    assert.deepEqual(joined, samples);
  });

  it('refuses a duration outside 100 to 500 ms', () => {
    assert.throws(() => new Chunker({ chunkMs: 99 }), RangeError);
    assert.throws(() => new Chunker({ chunkMs: 501 }), RangeError);
  });
});

describe('PcmPipeline', () => {
  it('turns 16 kHz PCM16 read as floats back into exactly the same bytes', () => {
    const samples = Int16Array.from({ length: 10000 }, (_, i) => ((i * 7919) % 65536) - 32768);
    const pipeline = new PcmPipeline(16000);

    const chunks = [...pipeline.push(pcm16ToFloat(samples.subarray(0, 777))), ...pipeline.push(pcm16ToFloat(samples.subarray(777))), ...pipeline.flush()];

    assert.deepEqual(Buffer.concat(chunks), Buffer.from(toLittleEndianBytes(samples)));
    assert.deepEqual(chunks.map((chunk) => chunk.length), [8000, 8000, 4000]);
  });

  it('makes 250 ms chunks from 48 kHz input', () => {
    const pipeline = new PcmPipeline(48000);

    const chunks = pipeline.push(sine(1000, 48000, 1));

    assert.ok(chunks.length >= 3 && chunks.every((chunk) => chunk.length === 8000), `chunks ${chunks.map((c) => c.length)}`);
  });
});
