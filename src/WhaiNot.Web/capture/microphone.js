// The microphone as an audio source for ConversationCapture: getUserMedia → AudioContext →
// AudioWorkletNode (pcm-worklet.js) → mono Float32 frames at the context's own rate. The rate is
// whatever the sound card runs at (44.1 or 48 kHz mostly); pcm.js brings it to 16 kHz.

import { CaptureError, Messages, microphoneMessageOf } from './messages.js';

// Same name as in pcm-worklet.js (that module only loads on the audio thread).
const PROCESSOR_NAME = 'whainot-pcm-capture';
const STOP_GRACE_MS = 500;

/**
 * `stereo: true` asks for two channels (a headset on the first, a table microphone on the second)
 * without echo cancellation or noise suppression, which would blend them; onFrames then also gets
 * the energy per channel of each batch.
 * @param {{ deviceId?: string, workletUrl?: string | URL, stereo?: boolean }} [options]
 * @returns {{ sampleRate: number, start(onFrames: (frames: Float32Array, energies?: number[]) => void): Promise<void>, stop(): Promise<void> }}
 */
export function microphoneSource({ deviceId, workletUrl = new URL('./pcm-worklet.js', import.meta.url), stereo = false } = {}) {
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
          audio: { deviceId: deviceId ? { exact: deviceId } : undefined, channelCount: stereo ? 2 : 1, echoCancellation: !stereo, noiseSuppression: !stereo },
        });
      } catch (error) {
        throw new CaptureError(microphoneMessageOf(error), { cause: error });
      }
      try {
        context = new AudioContext({ latencyHint: 'interactive' });
        await context.audioWorklet.addModule(workletUrl);
        node = new AudioWorkletNode(context, PROCESSOR_NAME, stereo
          ? { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 2, channelCountMode: 'explicit' }
          : { numberOfInputs: 1, numberOfOutputs: 1 });
        node.port.onmessage = (event) => {
          if (event.data?.frames) {
            onFrames(event.data.frames, event.data.energies);
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
