// The voice-profile screen's side in the browser: records the worker reading the text on screen
// from the microphone (the capture module's microphoneSource), brings it to 16 kHz and hands the
// component one WAV file. Nothing is stored in the browser and nothing is sent from here: the
// component sends the file over its own circuit to the box (VoiceProfileService.Enrol).

import { microphoneSource } from '/capture/microphone.js';
import { Resampler, TARGET_RATE } from '/capture/pcm.js';
import { encodeWav } from '/capture/wav-writer.js';

// About ten updates a second are enough for a timer and a meter; more would flood the circuit.
const PROGRESS_MS = 100;

/**
 * Starts recording. Calls component.OnProgress(seconds, level) while recording and
 * component.OnLimit() once maxSeconds are reached (the component then calls stop()).
 * @param {any} component a DotNetObjectReference
 * @param {number} maxSeconds
 * @returns {Promise<{ stop(): Promise<Uint8Array>, cancel(): Promise<void> }>}
 */
export async function start(component, maxSeconds) {
  const source = microphoneSource({ workletUrl: '/capture/pcm-worklet.js' });
  const parts = [];
  let resampler = null;
  let samples = 0;
  let lastProgress = 0;
  let limitReported = false;
  let stopped = false;

  const limit = Math.round(maxSeconds * TARGET_RATE);
  // Keeps resampled audio up to the limit; true once the limit is reached.
  const keep = (output) => {
    const kept = output.subarray(0, Math.max(0, limit - samples));
    parts.push(kept);
    samples += kept.length;
    return samples >= limit;
  };

  await source.start((frames) => {
    if (stopped) {
      return;
    }
    resampler ??= new Resampler(source.sampleRate, TARGET_RATE);
    const full = keep(resampler.process(frames));
    const now = performance.now();
    if (now - lastProgress > PROGRESS_MS) {
      lastProgress = now;
      component.invokeMethodAsync('OnProgress', samples / TARGET_RATE, rms(frames));
    }
    if (full && !limitReported) {
      limitReported = true;
      component.invokeMethodAsync('OnLimit');
    }
  });

  const cancel = async () => {
    stopped = true;
    await source.stop();
  };
  addEventListener('pagehide', cancel, { once: true });

  return {
    async stop() {
      await cancel();
      removeEventListener('pagehide', cancel);
      if (resampler) {
        keep(resampler.flush());
      }
      return encodeWav(join(parts), TARGET_RATE);
    },
    cancel,
  };
}

function join(parts) {
  const all = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

// Level of a batch, 0..1 (RMS, scaled like the recording screen's meter).
function rms(frames) {
  let sum = 0;
  for (let i = 0; i < frames.length; i++) {
    sum += frames[i] * frames[i];
  }
  return Math.min(1, Math.sqrt(sum / Math.max(1, frames.length)) * 4);
}
