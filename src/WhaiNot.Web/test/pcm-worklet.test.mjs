import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

// The audio thread's globals, just enough to load the worklet module under Node.
const registered = new Map();
const posted = [];
globalThis.AudioWorkletProcessor = class {
  constructor() {
    this.port = { postMessage: (message) => posted.push(message), onmessage: null };
  }
};
globalThis.registerProcessor = (name, processor) => registered.set(name, processor);
const { PROCESSOR_NAME, PcmCaptureProcessor } = await import('../capture/pcm-worklet.js');

const quantum = (value) => new Float32Array(128).fill(value);

describe('PCM capture worklet', () => {
  it('registers itself under the name microphone.js uses', () => {
    assert.equal(registered.get('whainot-pcm-capture'), PcmCaptureProcessor);
    assert.equal(PROCESSOR_NAME, 'whainot-pcm-capture');
  });

  it('mixes stereo down to mono and posts batches of the configured size', () => {
    posted.length = 0;
    const processor = new PcmCaptureProcessor({ processorOptions: { batchSize: 256 } });

    processor.process([[quantum(0.5), quantum(-0.25)]]);
    processor.process([[quantum(1), quantum(0)]]);
    processor.process([[quantum(0.2), quantum(0.2)]]);

    assert.equal(posted.length, 1);
    assert.equal(posted[0].frames.length, 256);
    assert.equal(posted[0].frames[0], 0.125);
    assert.equal(posted[0].frames[255], 0.5);
  });

  it('hands over the partial batch when stopped, then ends', () => {
    posted.length = 0;
    const processor = new PcmCaptureProcessor({ processorOptions: { batchSize: 256 } });
    processor.process([[quantum(0.2)]]);

    processor.port.onmessage({ data: 'stop' });

    assert.equal(posted[0].frames.length, 128);
    assert.ok(Math.abs(posted[0].frames[0] - 0.2) < 1e-7);
    assert.deepEqual(posted[1], { done: true });
    assert.equal(processor.process([[quantum(0)]]), false);
  });

  it('sends the energy per channel with each stereo batch, and none for mono', () => {
    posted.length = 0;
    const stereo = new PcmCaptureProcessor({ processorOptions: { batchSize: 128 } });
    stereo.process([[quantum(0.5), quantum(0.1)]]);
    const mono = new PcmCaptureProcessor({ processorOptions: { batchSize: 128 } });
    mono.process([[quantum(0.5)]]);

    assert.ok(Math.abs(posted[0].energies[0] - (128 * 0.25)) < 1e-6);
    assert.ok(Math.abs(posted[0].energies[1] - (128 * 0.01)) < 1e-6);
    assert.equal(posted[1].energies, undefined);
  });

  it('keeps running without input', () => {
    const processor = new PcmCaptureProcessor({});

    assert.equal(processor.process([[]]), true);
    assert.equal(processor.process([]), true);
  });
});
