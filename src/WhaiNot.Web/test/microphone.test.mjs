// microphone.js with the browser's audio objects faked: the wiring, the release of the device on
// stop, and the Dutch messages for a refused or missing microphone. A real browser is not run here.

import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Messages } from '../capture/messages.js';
import { microphoneSource } from '../capture/microphone.js';

let world;

beforeEach(() => {
  world = { tracksStopped: 0, closed: false, modules: [], nodes: [], refuse: null };
  const track = { stop: () => world.tracksStopped++ };
  Object.defineProperty(globalThis, 'navigator', {
    configurable: true,
    value: {
      mediaDevices: {
        getUserMedia: async (constraints) => {
          world.constraints = constraints;
          if (world.refuse) {
            throw Object.assign(new Error('refused'), { name: world.refuse });
          }
          return { getTracks: () => [track] };
        },
      },
    },
  });
  globalThis.isSecureContext = true;
  globalThis.AudioContext = class {
    constructor() {
      this.sampleRate = 48000;
      this.destination = {};
      this.audioWorklet = { addModule: async (url) => world.modules.push(String(url)) };
    }
    createMediaStreamSource() {
      return { connect: (node) => (world.sourceConnectedTo = node) };
    }
    async resume() {}
    async close() {
      world.closed = true;
    }
  };
  globalThis.AudioWorkletNode = class {
    constructor(context, name) {
      this.name = name;
      this.port = {
        onmessage: null,
        postMessage: (message) => {
          // The worklet answers 'stop' with its last frames, then done.
          if (message === 'stop') {
            this.port.onmessage({ data: { frames: Float32Array.of(0.5) } });
            this.port.onmessage({ data: { done: true } });
          }
        },
      };
      world.nodes.push(this);
    }
    connect(target) {
      this.connectedTo = target;
    }
    disconnect() {
      this.disconnected = true;
    }
  };
});

describe('microphoneSource', () => {
  it('runs the capture worklet at the sound card’s rate and forwards its frames', async () => {
    const frames = [];
    const source = microphoneSource();

    await source.start((f) => frames.push(f));
    world.nodes[0].port.onmessage({ data: { frames: Float32Array.of(0.1, 0.2) } });

    assert.equal(source.sampleRate, 48000);
    assert.match(world.modules[0], /pcm-worklet\.js$/);
    assert.equal(world.nodes[0].name, 'whainot-pcm-capture');
    assert.equal(world.sourceConnectedTo, world.nodes[0]);
    assert.deepEqual(frames, [Float32Array.of(0.1, 0.2)]);
  });

  it('takes the worklet’s last frames on stop and releases the microphone', async () => {
    const frames = [];
    const source = microphoneSource({ deviceId: 'headset' });
    await source.start((f) => frames.push(f));

    await source.stop();

    assert.deepEqual(frames, [Float32Array.of(0.5)]);
    assert.equal(world.tracksStopped, 1);
    assert.ok(world.closed);
    assert.ok(world.nodes[0].disconnected);
    assert.deepEqual(world.constraints.audio.deviceId, { exact: 'headset' });
  });

  for (const [name, message] of [['NotAllowedError', Messages.microphoneDenied], ['NotFoundError', Messages.microphoneMissing], ['NotReadableError', Messages.microphoneBusy]]) {
    it(`says in Dutch what to do on ${name}`, async () => {
      world.refuse = name;

      await assert.rejects(microphoneSource().start(() => {}), { name: 'CaptureError', message });
    });
  }

  it('refuses plainly outside https', async () => {
    globalThis.isSecureContext = false;

    await assert.rejects(microphoneSource().start(() => {}), { message: Messages.microphoneInsecure });
  });
});
