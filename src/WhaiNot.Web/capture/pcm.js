// Audio as the hub wants it: 16 kHz mono PCM16 little-endian, in chunks of a fixed duration.
// Browsers record at 44.1 or 48 kHz; decimating without a low-pass first would fold everything
// between 8 and 24 kHz (sibilants, keyboard clicks, fan noise) back into the speech band.

export const TARGET_RATE = 16000;
export const DEFAULT_CHUNK_MS = 250;
export const MIN_CHUNK_MS = 100;
export const MAX_CHUNK_MS = 500;

// Kaiser-windowed sinc: 80 dB stopband, transition from 7/16 to 8/16 of the lower rate
// (7 to 8 kHz when going to 16 kHz), so speech up to 7 kHz passes untouched.
const STOPBAND_DB = 80;
const KAISER_BETA = 0.1102 * (STOPBAND_DB - 8.7);
const CUTOFF_FRACTION = 0.46875;
const TRANSITION_FRACTION = 0.0625;
// Kernel table resolution (points per input sample); linear interpolation between points.
const TABLE_STEPS = 512;

/**
 * Streaming sample-rate converter for mono Float32 audio. Keeps its filter history across calls,
 * so any split of the input gives the same output as one call with all of it.
 */
export class Resampler {
  /**
   * @param {number} inputRate samples per second of the input (8000 to 192000)
   * @param {number} [outputRate] samples per second of the output
   */
  constructor(inputRate, outputRate = TARGET_RATE) {
    if (!Number.isInteger(inputRate) || inputRate < 8000 || inputRate > 192000) {
      throw new RangeError(`Unsupported input sample rate: ${inputRate}`);
    }
    if (!Number.isInteger(outputRate) || outputRate < 8000 || outputRate > 192000) {
      throw new RangeError(`Unsupported output sample rate: ${outputRate}`);
    }
    this.inputRate = inputRate;
    this.outputRate = outputRate;
    this._passThrough = inputRate === outputRate;
    if (this._passThrough) {
      return;
    }

    // The output step in input samples as an exact fraction, so hours of audio never drift.
    const divisor = gcd(inputRate, outputRate);
    this._stepWhole = Math.floor(inputRate / outputRate);
    this._stepRemainder = (inputRate / divisor) % (outputRate / divisor);
    this._stepDenominator = outputRate / divisor;

    const lowerRate = Math.min(inputRate, outputRate);
    const cutoff = (CUTOFF_FRACTION * lowerRate) / inputRate;
    const transition = (TRANSITION_FRACTION * lowerRate) / inputRate;
    const taps = Math.ceil((STOPBAND_DB - 7.95) / (14.36 * transition)) + 1;
    this._half = Math.ceil(taps / 2);
    this._table = kernelTable(cutoff, this._half);

    // Start with a half kernel of silence so the first output sample sits at input time zero.
    this._buffer = new Float32Array(this._half);
    this._length = this._half;
    this._position = this._half;
    this._fraction = 0;
  }

  /**
   * @param {Float32Array} input
   * @returns {Float32Array} the output samples that can be computed so far
   */
  process(input) {
    if (this._passThrough) {
      return Float32Array.from(input);
    }
    this._append(input);
    return this._drain();
  }

  /** Pads with silence so the last input samples come out, then starts over. */
  flush() {
    if (this._passThrough) {
      return new Float32Array(0);
    }
    this._append(new Float32Array(this._half));
    const output = this._drain();
    this._buffer = new Float32Array(this._half);
    this._length = this._half;
    this._position = this._half;
    this._fraction = 0;
    return output;
  }

  _append(input) {
    if (this._length + input.length > this._buffer.length) {
      const grown = new Float32Array(Math.max(this._buffer.length * 2, this._length + input.length));
      grown.set(this._buffer.subarray(0, this._length));
      this._buffer = grown;
    }
    this._buffer.set(input, this._length);
    this._length += input.length;
  }

  _drain() {
    const half = this._half;
    const table = this._table;
    const buffer = this._buffer;
    const result = [];
    while (this._position + half < this._length) {
      const phase = this._fraction / this._stepDenominator;
      let sum = 0;
      // Taps k = position - half + 1 ... position + half, at distance (position + phase - k).
      for (let tap = -half + 1; tap <= half; tap++) {
        const distance = Math.abs(phase - tap) * TABLE_STEPS;
        const index = Math.floor(distance);
        if (index + 1 < table.length) {
          const weight = table[index] + (table[index + 1] - table[index]) * (distance - index);
          sum += buffer[this._position + tap] * weight;
        }
      }
      result.push(sum);

      this._position += this._stepWhole;
      this._fraction += this._stepRemainder;
      if (this._fraction >= this._stepDenominator) {
        this._fraction -= this._stepDenominator;
        this._position += 1;
      }
    }

    // Keep only the history the next output still needs.
    const keepFrom = Math.max(0, Math.min(this._position - half + 1, this._length));
    if (keepFrom > 0) {
      buffer.copyWithin(0, keepFrom, this._length);
      this._length -= keepFrom;
      this._position -= keepFrom;
    }
    return Float32Array.from(result);
  }
}

/**
 * Float samples in [-1, 1] to 16-bit integers. Scaled by 32768 (clipped at 32767) so that
 * PCM16 → float → PCM16 gives back exactly the same samples.
 * @param {Float32Array} samples
 * @returns {Int16Array}
 */
export function floatToPcm16(samples) {
  const result = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const scaled = Math.round(samples[i] * 32768);
    result[i] = scaled > 32767 ? 32767 : scaled < -32768 ? -32768 : scaled;
  }
  return result;
}

/**
 * @param {Int16Array} samples
 * @returns {Float32Array}
 */
export function pcm16ToFloat(samples) {
  const result = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    result[i] = samples[i] / 32768;
  }
  return result;
}

/**
 * Cuts a stream of PCM16 samples into little-endian byte chunks of one fixed duration,
 * carrying what is left over to the next call.
 */
export class Chunker {
  /**
   * @param {{ chunkMs?: number, sampleRate?: number }} [options]
   */
  constructor({ chunkMs = DEFAULT_CHUNK_MS, sampleRate = TARGET_RATE } = {}) {
    if (!Number.isFinite(chunkMs) || chunkMs < MIN_CHUNK_MS || chunkMs > MAX_CHUNK_MS) {
      throw new RangeError(`Chunk duration must be ${MIN_CHUNK_MS} to ${MAX_CHUNK_MS} ms, got ${chunkMs}`);
    }
    this.samplesPerChunk = Math.round((sampleRate * chunkMs) / 1000);
    this._pending = new Int16Array(this.samplesPerChunk);
    this._filled = 0;
  }

  /**
   * @param {Int16Array} samples
   * @returns {Uint8Array[]} the chunks completed by these samples, in order
   */
  push(samples) {
    const chunks = [];
    let offset = 0;
    while (offset < samples.length) {
      const take = Math.min(this.samplesPerChunk - this._filled, samples.length - offset);
      this._pending.set(samples.subarray(offset, offset + take), this._filled);
      this._filled += take;
      offset += take;
      if (this._filled === this.samplesPerChunk) {
        chunks.push(toLittleEndianBytes(this._pending));
        this._filled = 0;
      }
    }
    return chunks;
  }

  /** @returns {Uint8Array | null} the last, shorter chunk, or null when nothing is left */
  flush() {
    if (this._filled === 0) {
      return null;
    }
    const last = toLittleEndianBytes(this._pending.subarray(0, this._filled));
    this._filled = 0;
    return last;
  }
}

/**
 * Float32 frames at the source rate in, 16 kHz PCM16 chunks out: resampler, conversion and
 * chunker in one.
 */
export class PcmPipeline {
  /**
   * @param {number} inputRate
   * @param {{ chunkMs?: number }} [options]
   */
  constructor(inputRate, { chunkMs = DEFAULT_CHUNK_MS } = {}) {
    this._resampler = new Resampler(inputRate, TARGET_RATE);
    this._chunker = new Chunker({ chunkMs, sampleRate: TARGET_RATE });
  }

  /**
   * @param {Float32Array} frames mono samples at the input rate
   * @returns {Uint8Array[]}
   */
  push(frames) {
    return this._chunker.push(floatToPcm16(this._resampler.process(frames)));
  }

  /** @returns {Uint8Array[]} whatever is still inside, as at most two chunks */
  flush() {
    const chunks = this._chunker.push(floatToPcm16(this._resampler.flush()));
    const last = this._chunker.flush();
    return last ? [...chunks, last] : chunks;
  }
}

/**
 * @param {Int16Array} samples
 * @returns {Uint8Array}
 */
export function toLittleEndianBytes(samples) {
  const bytes = new Uint8Array(samples.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < samples.length; i++) {
    view.setInt16(i * 2, samples[i], true);
  }
  return bytes;
}

function kernelTable(cutoff, half) {
  const table = new Float64Array(half * TABLE_STEPS + 1);
  const norm = besselI0(KAISER_BETA);
  for (let i = 0; i < table.length; i++) {
    const t = i / TABLE_STEPS;
    const x = t / half;
    const window = besselI0(KAISER_BETA * Math.sqrt(Math.max(0, 1 - x * x))) / norm;
    const argument = 2 * cutoff * t;
    const sinc = argument === 0 ? 1 : Math.sin(Math.PI * argument) / (Math.PI * argument);
    table[i] = 2 * cutoff * sinc * window;
  }
  return table;
}

// Modified Bessel function of the first kind, order zero (power series; converges fast for β ≈ 8).
function besselI0(x) {
  let sum = 1;
  let term = 1;
  const quarterSquare = (x * x) / 4;
  for (let k = 1; k < 50; k++) {
    term *= quarterSquare / (k * k);
    sum += term;
    if (term < sum * 1e-12) {
      break;
    }
  }
  return sum;
}

function gcd(a, b) {
  while (b !== 0) {
    [a, b] = [b, a % b];
  }
  return a;
}
