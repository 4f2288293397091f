// The recording screen's side in the browser: the capture module (src/WhaiNot.Web/capture) with
// the microphone, a level meter and pause, reporting to the Blazor component. Everything the
// worker sees is rendered by the component; this module only moves audio and events, with one
// exception: when the network drops, the circuit that renders the component drops with it, so the
// module itself shows the component's (hidden) offline line until the box is back.

// The SignalR client's browser build sets self.signalR, which the capture module's import map
// entry (signalr-browser.js) reads; imported first, so it is evaluated before the capture module.
import '/capture/signalr.min.js';
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
  const store = counted(await openPendingStore());
  const capture = new ConversationCapture({ baseUrl: location.origin, conversationId, accessTokenFactory: () => '', store });
  last = { capture, store };
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

  const report = latest((state) => component.invokeMethodAsync('OnState', state));
  capture.on('state', ({ state }) => {
    showOffline(state === 'reconnecting');
    report(state);
  });
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

/**
 * What the last capture of this page recorded, sent and got acknowledged (for support and the
 * browser tests): the capture's stats plus the bytes of audio it recorded.
 */
export function lastCaptureStats() {
  return last ? { ...last.capture.stats, state: last.capture.state, bytesRecorded: last.store.bytesRecorded } : null;
}

let last = null;

// The pending store, counting the bytes of audio put in it (each chunk is put exactly once).
function counted(store) {
  return {
    bytesRecorded: 0,
    put(conversationId, seq, bytes) {
      this.bytesRecorded += bytes.length;
      return store.put(conversationId, seq, bytes);
    },
    ackUpTo: (conversationId, seq) => store.ackUpTo(conversationId, seq),
    pending: (conversationId) => store.pending(conversationId),
    nextSeq: (conversationId) => store.nextSeq(conversationId),
    discard: (conversationId) => store.discard(conversationId),
  };
}

// The component's offline line (rendered hidden, text from UiTexts) shown while the box is unreachable.
function showOffline(offline) {
  const line = document.querySelector('[data-capture-offline]');
  if (line) {
    line.hidden = !offline;
  }
  document.querySelector('[data-record-status]')?.toggleAttribute('hidden', offline);
}

// Sends the latest value to the component, one call at a time; while the circuit is down the call
// fails, so it tries again (with the newest value only) every second until the circuit is back.
function latest(send) {
  let value = null;
  let delivered = null;
  let busy = false;
  const pump = async () => {
    if (busy) {
      return;
    }
    busy = true;
    while (delivered !== value) {
      const sending = value;
      try {
        await send(sending);
        delivered = sending;
      } catch {
        setTimeout(() => { busy = false; pump(); }, 1000);
        return;
      }
    }
    busy = false;
  };
  return (next) => {
    value = next;
    pump();
  };
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
