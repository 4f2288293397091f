// Two-channel capture (the worker's headset on the first channel, a table microphone near the
// client on the second): which channel was clearly louder since the last chunk. The box uses it to
// say who spoke (docs/capture-client.md). Same rule as the server's ChannelDominance: a channel
// wins when it is at least 6 dB louder than the other; quiet stretches decide nothing.

export const NEITHER = 0;
export const WORKER_CHANNEL = 1;
export const CLIENT_CHANNEL = 2;
const MARGIN_DB = 6;
const SILENCE_PER_SAMPLE = 1e-7;

export class ChannelDominance {
  constructor() {
    this._first = 0;
    this._second = 0;
    this._samples = 0;
  }

  /** Adds the energies (sums of squares) of one batch per channel, over `samples` samples. */
  add(energies, samples) {
    if (!energies || energies.length < 2) {
      return;
    }
    this._first += energies[0];
    this._second += energies[1];
    this._samples += samples;
  }

  /** The dominant channel since the last call (0 when none clearly led, or mono), and starts over. */
  take() {
    const channel = decide(this._first, this._second, this._samples);
    this._first = 0;
    this._second = 0;
    this._samples = 0;
    return channel;
  }
}

export function decide(first, second, samples) {
  if (samples <= 0 || (first < SILENCE_PER_SAMPLE * samples && second < SILENCE_PER_SAMPLE * samples)) {
    return NEITHER;
  }
  const ratioDb = 10 * Math.log10((first + 1e-12) / (second + 1e-12));
  if (ratioDb >= MARGIN_DB) {
    return WORKER_CHANNEL;
  }
  return ratioDb <= -MARGIN_DB ? CLIENT_CHANNEL : NEITHER;
}
