// The recording screen's side in the browser: the capture module (src/WhaiNot.Web/capture) with
// the microphone, a level meter and pause, reporting to the Blazor component. Everything the
// worker sees is rendered by the component; this module only moves audio and events.

import { ConversationCapture, microphoneSource, openPendingStore } from '/capture/index.js';

/** The microphones the browser offers (labels only after the first permission). */
export async function microphones() {
  if (!navigator.mediaDevices?.enumerateDevices) {
    return [];
  }
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'audioinput').map((d, i) => ({ id: d.deviceId, label: d.label || `Microfoon ${i + 1}` }));
}

/**
 * Starts recording the conversation. Returns a handle with pause(), resume(), stop().
 * @param {any} component a DotNetObjectReference with the On… callbacks
 */
export async function start(component, conversationId, deviceId) {
  const store = await openPendingStore();
  const capture = new ConversationCapture({ baseUrl: location.origin, conversationId, accessTokenFactory: () => '', store });
  let paused = false;
  let lastLevel = 0;
  const source = metered(microphoneSource({ deviceId: deviceId || undefined, workletUrl: '/capture/pcm-worklet.js' }), (level) => {
    // About ten updates a second are enough for a meter; more would flood the circuit.
    const now = performance.now();
    if (now - lastLevel > 100) {
      lastLevel = now;
      component.invokeMethodAsync('OnLevel', paused ? 0 : level);
    }
  }, () => paused);

  capture.on('state', ({ state }) => component.invokeMethodAsync('OnState', state));
  capture.on('acked', ({ unacknowledged }) => component.invokeMethodAsync('OnAcked', unacknowledged));
  capture.on('sent', () => pendingCount(store, conversationId).then((n) => component.invokeMethodAsync('OnPending', n)));
  capture.on('segment', (segment) => component.invokeMethodAsync('OnSegment', segment));
  capture.on('transcription', (status) => component.invokeMethodAsync('OnTranscription', status));
  capture.on('stopped', ({ reason }) => component.invokeMethodAsync('OnStopped', reason ?? ''));
  capture.on('error', (error) => component.invokeMethodAsync('OnError', error.message, !!error.fatal));
  addEventListener('pagehide', () => capture.abort(), { once: true });

  await capture.start(source);
  return {
    pause() { paused = true; },
    resume() { paused = false; },
    async stop() {
      const stats = await capture.stop();
      return stats.unacknowledged;
    },
  };
}

/** Only uploads what an earlier page left unacknowledged (after a reload), without the microphone. */
export async function resume(component, conversationId) {
  const store = await openPendingStore();
  const pending = await pendingCount(store, conversationId);
  if (pending === 0) {
    return 0;
  }
  const capture = new ConversationCapture({ baseUrl: location.origin, conversationId, accessTokenFactory: () => '', store });
  capture.on('acked', ({ unacknowledged }) => component.invokeMethodAsync('OnAcked', unacknowledged));
  await capture.start(null);
  const stats = await capture.stop();
  return stats.unacknowledged;
}

async function pendingCount(store, conversationId) {
  return (await store.pending(conversationId)).length;
}

// The microphone with a level (RMS, 0..1) per batch of frames; while paused, no frame reaches the box.
function metered(inner, onLevel, isPaused) {
  return {
    get sampleRate() { return inner.sampleRate; },
    start(onFrames) {
      return inner.start((frames) => {
        let sum = 0;
        for (let i = 0; i < frames.length; i++) {
          sum += frames[i] * frames[i];
        }
        onLevel(Math.min(1, Math.sqrt(sum / Math.max(1, frames.length)) * 4));
        if (!isPaused()) {
          onFrames(frames);
        }
      });
    },
    stop() { return inner.stop(); },
  };
}
