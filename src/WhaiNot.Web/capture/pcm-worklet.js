// Runs on the browser's audio thread. Mixes the input down to mono and posts it to the page in
// batches: one message per 128-sample render quantum would be about 375 messages a second.
// The page does the resampling and chunking (pcm.js), so this stays tiny and can't stall audio.
// With two channels (headset + table microphone) each batch also carries the energy per channel,
// so the page can tell which microphone dominated (channel-dominance.js).
/* global AudioWorkletProcessor, registerProcessor */

export const PROCESSOR_NAME = 'whainot-pcm-capture';
const DEFAULT_BATCH = 2048;

export class PcmCaptureProcessor extends AudioWorkletProcessor {
  constructor(options) {
    super();
    this._batch = new Float32Array(options?.processorOptions?.batchSize ?? DEFAULT_BATCH);
    this._filled = 0;
    this._energies = [0, 0];
    this._stereo = false;
    this._stopped = false;
    this.port.onmessage = (event) => {
      if (event.data === 'stop') {
        this._post();
        this._stopped = true;
        this.port.postMessage({ done: true });
      }
    };
  }

  process(inputs) {
    if (this._stopped) {
      return false;
    }
    const channels = inputs[0];
    // No input connected (yet): nothing to record, keep the node alive.
    if (!channels || channels.length === 0) {
      return true;
    }
    const length = channels[0].length;
    this._stereo = channels.length >= 2;
    for (let i = 0; i < length; i++) {
      let sum = 0;
      for (let c = 0; c < channels.length; c++) {
        sum += channels[c][i];
      }
      if (this._stereo) {
        this._energies[0] += channels[0][i] * channels[0][i];
        this._energies[1] += channels[1][i] * channels[1][i];
      }
      this._batch[this._filled++] = sum / channels.length;
      if (this._filled === this._batch.length) {
        this._post();
      }
    }
    return true;
  }

  _post() {
    if (this._filled === 0) {
      return;
    }
    const frames = this._batch.slice(0, this._filled);
    if (this._stereo) {
      this.port.postMessage({ frames, energies: this._energies }, [frames.buffer]);
      this._energies = [0, 0];
    } else {
      this.port.postMessage({ frames }, [frames.buffer]);
    }
    this._filled = 0;
  }
}

registerProcessor(PROCESSOR_NAME, PcmCaptureProcessor);
