// The microphone as an audio source for ConversationCapture: getUserMedia → AudioContext →
// AudioWorkletNode (pcm-worklet.js) → mono Float32 frames at the context's own rate. The rate is
// whatever the sound card runs at (44.1 or 48 kHz mostly); pcm.js brings it to 16 kHz.

import { CaptureError, Messages, microphoneMessageOf } from './messages.js';

// Same name as in pcm-worklet.js (that module only loads on the audio thread).
const PROCESSOR_NAME = 'whainot-pcm-capture';
const STOP_GRACE_MS = 500;

/**
 * @param {{ deviceId?: string, workletUrl?: string | URL }} [options]
 * @returns {{ sampleRate: number, start(onFrames: (frames: Float32Array) => void): Promise<void>, stop(): Promise<void> }}
 */
export function microphoneSource({ deviceId, workletUrl = new URL('./pcm-worklet.js', import.meta.url) } = {}) {
  let stream = null;
  let context = null;
  let node = null;

  const source = {
    sampleRate: 0,

    async start(onFrames) {
      if (!globalThis.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
        throw new CaptureError(Messages.microphoneInsecure);
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          audio: { deviceId: deviceId ? { exact: deviceId } : undefined, channelCount: 1, echoCancellation: true, noiseSuppression: true },
        });
      } catch (error) {
        throw new CaptureError(microphoneMessageOf(error), { cause: error });
      }
      try {
        context = new AudioContext({ latencyHint: 'interactive' });
        await context.audioWorklet.addModule(workletUrl);
        node = new AudioWorkletNode(context, PROCESSOR_NAME, { numberOfInputs: 1, numberOfOutputs: 1 });
        node.port.onmessage = (event) => {
          if (event.data?.frames) {
            onFrames(event.data.frames);
          }
        };
        source.sampleRate = context.sampleRate;
        context.createMediaStreamSource(stream).connect(node);
        // A node only renders when it leads to the destination; it writes no output, so this is silence.
        node.connect(context.destination);
        await context.resume();
      } catch (error) {
        await source.stop();
        throw new CaptureError(Messages.microphoneBusy, { cause: error });
      }
    },

    async stop() {
      if (node) {
        // Let the worklet hand over its last partial batch before the graph goes away.
        const done = new Promise((resolve) => {
          const previous = node.port.onmessage;
          node.port.onmessage = (event) => {
            previous?.(event);
            if (event.data?.done) {
              resolve();
            }
          };
          setTimeout(resolve, STOP_GRACE_MS);
        });
        node.port.postMessage('stop');
        await done;
        node.disconnect();
        node = null;
      }
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
      await context?.close().catch(() => {});
      context = null;
    },
  };
  return source;
}
