// ConversationCapture against a fake hub: the order of store and send, resending after a
// reconnect or a reload, and what each server event does. The real hub is in capture.e2e.test.mjs.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HubConnectionState } from '@microsoft/signalr';
import { ConversationCapture } from '../capture/conversation-capture.js';
import { MemoryPendingStore } from '../capture/pending-store.js';
import { pcm16ToFloat } from '../capture/pcm.js';

const CONVERSATION = '7d9a3c2e-0b1f-4e6a-9c8d-112233445566';
const CHUNK_SAMPLES = 4000; // 250 ms at 16 kHz
const CANCELED = 'Invocation canceled due to the underlying connection being closed.';

// Just the part of HubConnection the capture uses, driven by the test.
class FakeHub {
  constructor() {
    this.state = HubConnectionState.Disconnected;
    this.handlers = new Map();
    this.lifecycle = { reconnecting: [], reconnected: [], close: [] };
    this.joins = 0;
    this.uploads = [];
    this.refuseUpload = null;
  }

  on(name, handler) {
    this.handlers.set(name, handler);
  }

  onreconnecting(handler) {
    this.lifecycle.reconnecting.push(handler);
  }

  onreconnected(handler) {
    this.lifecycle.reconnected.push(handler);
  }

  onclose(handler) {
    this.lifecycle.close.push(handler);
  }

  async start() {
    this.state = HubConnectionState.Connected;
  }

  async stop() {
    this.state = HubConnectionState.Disconnected;
  }

  invoke(method, conversationId, subject) {
    if (method === 'JoinConversation') {
      this.joins++;
      return Promise.resolve();
    }
    const upload = { conversationId, items: [], completed: false };
    const done = new Promise((resolve, reject) => Object.assign(upload, { resolve, reject }));
    subject.subscribe({
      next: (item) => upload.items.push(item),
      complete: () => {
        upload.completed = true;
        upload.resolve();
      },
    });
    this.uploads.push(upload);
    if (this.refuseUpload) {
      upload.reject(new Error(`An unexpected error occurred invoking 'UploadAudio' on the server. HubException: ${this.refuseUpload}`));
    }
    return done;
  }

  // The server calls a client method.
  send(name, ...args) {
    this.handlers.get(name)?.(...args);
  }

  get upload() {
    return this.uploads[this.uploads.length - 1];
  }

  seqs(upload = this.upload) {
    return upload.items.map((item) => item.seq);
  }

  drop() {
    this.state = HubConnectionState.Reconnecting;
    this.upload?.reject(new Error(CANCELED));
    this.lifecycle.reconnecting.forEach((handler) => handler(new Error('WebSocket closed with status code: 1006')));
  }

  restore() {
    this.state = HubConnectionState.Connected;
    this.lifecycle.reconnected.forEach((handler) => handler('new-id'));
  }
}

// A source the test feeds by hand: chunk n is filled with the value n.
function manualSource() {
  return {
    sampleRate: 16000,
    stopped: false,
    onFrames: null,
    async start(onFrames) {
      this.onFrames = onFrames;
    },
    async stop() {
      this.stopped = true;
    },
    chunk(value, samples = CHUNK_SAMPLES, energies = undefined) {
      this.onFrames(pcm16ToFloat(new Int16Array(samples).fill(value)), energies);
    },
  };
}

function setup(store = new MemoryPendingStore()) {
  const hub = new FakeHub();
  const capture = new ConversationCapture({
    baseUrl: 'https://box.example',
    conversationId: CONVERSATION,
    accessTokenFactory: () => 'token',
    store,
    ackTimeoutMs: 200,
    createConnection: () => hub,
  });
  const events = [];
  for (const name of ['acked', 'segment', 'transcription', 'stopped', 'error']) {
    capture.on(name, (payload) => events.push({ name, payload }));
  }
  return { hub, capture, store, events, source: manualSource() };
}

// A store that takes its time to write, as IndexedDB does, and notes when each write is done.
function slowStore(order) {
  const store = new MemoryPendingStore();
  const put = store.put.bind(store);
  store.put = async (conversationId, seq, bytes) => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    await put(conversationId, seq, bytes);
    order.push(`stored ${seq}`);
  };
  return store;
}

const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
// Waits for a condition rather than a fixed time: on a loaded CI machine 100 ms is not always enough.
const until = async (condition, ms = 5000) => {
  for (const start = Date.now(); !condition() && Date.now() - start < ms;) {
    await settle(5);
  }
};
const pendingSeqs = async (store) => (await store.pending(CONVERSATION)).map((chunk) => chunk.seq);
const errors = (events) => events.filter((event) => event.name === 'error').map((event) => event.payload);

describe('ConversationCapture', () => {
  it('stores each chunk before sending it and forgets it once acknowledged', async () => {
    const order = [];
    const { hub, capture, store, source } = setup(slowStore(order));
    await capture.start(source);
    capture.on('sent', ({ seq }) => order.push(`sent ${seq}`));

    source.chunk(1);
    source.chunk(2);
    await until(() => order.length >= 4);

    assert.deepEqual(order, ['stored 0', 'sent 0', 'stored 1', 'sent 1']);
    assert.deepEqual(hub.seqs(), [0, 1]);
    assert.deepEqual(await pendingSeqs(store), [0, 1]);
    assert.equal(Buffer.from(hub.upload.items[1].pcm, 'base64').readInt16LE(0), 2);
    hub.send('Acked', CONVERSATION.toUpperCase(), 0);
    await settle();
    assert.deepEqual(await pendingSeqs(store), [1]);
    assert.equal(capture.stats.unacknowledged, 1);
  });

  it('sends which channel dominated a two-channel chunk, and nothing extra for mono', async () => {
    const { hub, capture, source } = setup();
    await capture.start(source);

    source.chunk(1, CHUNK_SAMPLES, [10, 0.5]);
    source.chunk(2, CHUNK_SAMPLES, [0.5, 10]);
    source.chunk(3, CHUNK_SAMPLES, [1, 1]);
    source.chunk(4);
    await settle(100);

    assert.deepEqual(hub.upload.items.map((item) => item.channel), [1, 2, undefined, undefined]);
    assert.deepEqual(Object.keys(hub.upload.items[3]), ['seq', 'pcm']);
  });

  it('after a reload resends what is pending first and goes on from the stored seq', async () => {
    const store = new MemoryPendingStore();
    await store.put(CONVERSATION, 0, new Uint8Array(8000));
    await store.put(CONVERSATION, 1, new Uint8Array(8000));
    await store.put(CONVERSATION, 2, new Uint8Array(8000));
    await store.ackUpTo(CONVERSATION, 0);
    const { hub, capture, source } = setup(store);

    await capture.start(source);
    source.chunk(9);
    await settle();

    assert.deepEqual(hub.seqs(), [1, 2, 3]);
  });

  it('keeps recording while disconnected and resends everything unacknowledged, in order, after the reconnect', async () => {
    const { hub, capture, store, source, events } = setup();
    await capture.start(source);
    source.chunk(0);
    source.chunk(1);
    await settle();
    hub.send('Acked', CONVERSATION, 0);
    const first = hub.upload;

    hub.drop();
    source.chunk(2);
    source.chunk(3);
    await settle();
    assert.equal(capture.state, 'reconnecting');
    assert.deepEqual(hub.seqs(first), [0, 1]);
    assert.deepEqual(await pendingSeqs(store), [1, 2, 3]);

    hub.restore();
    await settle();
    source.chunk(4);
    await settle();

    assert.equal(hub.joins, 2, 'a new connection must join the conversation again');
    assert.equal(hub.uploads.length, 2);
    assert.deepEqual(hub.seqs(), [1, 2, 3, 4]);
    assert.equal(capture.state, 'recording');
    assert.deepEqual(errors(events).map((error) => [error.fatal, error.message.startsWith('De verbinding met de WhaiNot-box is weggevallen')]), [[false, true]]);
  });

  it('on stop sends the last partial chunk, waits for its acknowledgement and ends the upload', async () => {
    const { hub, capture, store, source } = setup();
    await capture.start(source);
    source.chunk(1, CHUNK_SAMPLES + 100);
    await settle();

    const stopping = capture.stop();
    await settle();
    assert.deepEqual(hub.seqs(), [0, 1]);
    assert.equal(Buffer.from(hub.upload.items[1].pcm, 'base64').length, 200);
    hub.send('Acked', CONVERSATION, 1);
    const summary = await stopping;

    assert.equal(summary.unacknowledged, 0);
    assert.ok(hub.upload.completed);
    assert.ok(source.stopped);
    assert.deepEqual(await pendingSeqs(store), []);
    assert.equal(capture.state, 'stopped');
  });

  it('keeps what was not acknowledged when stop times out, and says so in Dutch', async () => {
    const { capture, store, source, events } = setup();
    await capture.start(source);
    source.chunk(1);

    const summary = await capture.stop();

    assert.equal(summary.unacknowledged, 1);
    assert.deepEqual(await pendingSeqs(store), [0]);
    assert.match(errors(events).at(-1).message, /1 stuk audio werd nog niet bevestigd/);
  });

  it('fails with the box’s own Dutch message when the upload is refused, and keeps no audio', async () => {
    const earlier = new MemoryPendingStore();
    await earlier.put(CONVERSATION, 0, new Uint8Array(8000));
    const { hub, capture, store, source, events } = setup(earlier);
    hub.refuseUpload = 'Voor dit gesprek is er geen toestemming voor een opname; er wordt geen audio aanvaard.';

    await capture.start(source);
    source.chunk(1);
    await settle();

    assert.equal(capture.state, 'failed');
    assert.equal(errors(events)[0].message, hub.refuseUpload);
    assert.equal(errors(events)[0].fatal, true);
    assert.ok(source.stopped);
    await assert.rejects(capture.stop(), { message: hub.refuseUpload });
    assert.deepEqual(await pendingSeqs(store), []);
  });

  it('stops and discards local audio when the box sends Stopped (a revocation)', async () => {
    const { hub, capture, store, source, events } = setup();
    await capture.start(source);
    source.chunk(1);
    await settle();

    hub.send('Stopped', CONVERSATION, 'Toestemming ingetrokken');
    await settle();

    assert.equal(capture.state, 'stopped');
    assert.deepEqual(events.find((event) => event.name === 'stopped').payload, { reason: 'Toestemming ingetrokken' });
    assert.ok(source.stopped);
    assert.deepEqual(await pendingSeqs(store), []);
    assert.equal(hub.state, HubConnectionState.Disconnected);
  });

  it('stops rather than lose audio when the box acknowledges audio this PC never sent', async () => {
    const { hub, capture, source, events } = setup();
    await capture.start(source);
    source.chunk(1);
    await settle();

    hub.send('Acked', CONVERSATION, 57);

    assert.equal(capture.state, 'failed');
    assert.match(errors(events)[0].message, /al audio die deze pc niet kent/);
  });

  it('builds the transcript from Segment events of its own conversation only', async () => {
    const { hub, capture, events } = setup();
    await capture.start();

    hub.send('Segment', CONVERSATION, { id: 's2', start: 4, end: 6, speaker: 'client', text: 'Ik hu', final: false });
    hub.send('Segment', CONVERSATION, { id: 's1', start: 0, end: 3, speaker: 'worker', text: 'Goedemorgen.', final: true });
    hub.send('Segment', CONVERSATION, { id: 's2', start: 4, end: 6, speaker: 'client', text: 'Ik huur.', final: true });
    hub.send('Segment', '00000000-0000-0000-0000-000000000000', { id: 'x', start: 0, end: 1, speaker: 'client', text: 'ander gesprek', final: true });
    hub.send('Transcription', CONVERSATION, { audioSeconds: 6, transcribedSeconds: 6, lagSeconds: 0, complete: false });

    assert.deepEqual(capture.transcript.segments.map((s) => s.text), ['Goedemorgen.', 'Ik huur.']);
    assert.equal(events.filter((event) => event.name === 'segment').length, 3);
    assert.deepEqual(events.find((event) => event.name === 'transcription').payload.lagSeconds, 0);
    await capture.stop();
  });
});
