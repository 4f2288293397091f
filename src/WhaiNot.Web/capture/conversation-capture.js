// Live capture of one conversation to the box's /hubs/conversation. Audio frames become 16 kHz
// PCM16 chunks (pcm.js); every chunk is written to the pending store before it is sent, and
// leaves the store only when the box acknowledges it. After a reconnect, or a page reload, what
// is still pending goes out again first, in order; the box ignores what it already holds.

import { HubConnectionBuilder, HubConnectionState, LogLevel, Subject } from '@microsoft/signalr';
import { toBase64 } from './base64.js';
import { Emitter } from './emitter.js';
import { CaptureError, Messages, connectionMessageOf, refusalOf } from './messages.js';
import { DEFAULT_CHUNK_MS, PcmPipeline } from './pcm.js';
import { ChannelDominance } from './channel-dominance.js';
import { TranscriptView } from './transcript-view.js';

export const HUB_PATH = '/hubs/conversation';

// Retry at once, then a little slower, and keep retrying while recording: the audio waits safely
// in the pending store, so giving up would only stop the upload, never save anything.
const RECONNECT_DELAYS_MS = [0, 1000, 2000, 5000];
const UPLOAD_RETRY_MS = 1000;
const MAX_UPLOAD_FAILURES = 5;
const COMPLETE_TIMEOUT_MS = 5000;

/**
 * Events (subscribe with on(name, handler)):
 *   state({ state })              idle, connecting, recording, reconnecting, stopping, stopped, failed
 *   sent({ seq, resent })         a chunk went out on the upload stream
 *   acked({ seq, unacknowledged }) the box holds every chunk up to seq
 *   segment(segment, transcript)  a partial or final transcript segment; transcript is a TranscriptView
 *   transcription(status)         { audioSeconds, transcribedSeconds, lagSeconds, complete }
 *   stopped({ reason })           the box ended the recording (a revocation, say)
 *   error(CaptureError)           message in Dutch for the worker; fatal ones end the capture
 */
export class ConversationCapture {
  /**
   * @param {{
   *   baseUrl: string, conversationId: string, accessTokenFactory: () => string | Promise<string>,
   *   store: object, chunkMs?: number, ackTimeoutMs?: number, logLevel?: number, connectionOptions?: object,
   *   createConnection?: () => object
   * }} options store: a pending store (pending-store.js); connectionOptions: extra SignalR HTTP
   *   options; createConnection: replaces the SignalR connection (unit tests pass a fake hub)
   */
  constructor({ baseUrl, conversationId, accessTokenFactory, store, chunkMs = DEFAULT_CHUNK_MS, ackTimeoutMs = 15000, logLevel = LogLevel.Warning, connectionOptions = {}, createConnection = null }) {
    if (!baseUrl || !conversationId || !store) {
      throw new TypeError('baseUrl, conversationId and store are required');
    }
    this.conversationId = conversationId;
    this.transcript = new TranscriptView();
    this._hubUrl = baseUrl.replace(/\/+$/, '') + HUB_PATH;
    this._accessTokenFactory = accessTokenFactory;
    this._store = store;
    this._chunkMs = chunkMs;
    this._ackTimeoutMs = ackTimeoutMs;
    this._logLevel = logLevel;
    this._connectionOptions = connectionOptions;
    this._createConnection = createConnection;
    this._events = new Emitter();
    this._state = 'idle';
    this._work = Promise.resolve();
    this._acks = Promise.resolve();
    this._shutdown = Promise.resolve();
    this._ackWaiters = new Set();
    this._stats = { recorded: 0, sent: 0, resent: 0, acknowledged: 0 };
    this._nextSeq = 0;
    this._ackedUpTo = -1;
    this._uploadFailures = 0;
    this._connection = null;
    this._upload = null;
    this._source = null;
    this._pipeline = null;
    this._acceptingFrames = false;
    this._closing = false;
    this._deaf = false;
    this._completing = false;
    this._retryTimer = null;
    this._failure = null;
    this._stopping = null;
  }

  on(name, handler) {
    return this._events.on(name, handler);
  }

  get state() {
    return this._state;
  }

  get stats() {
    return { ...this._stats, nextSeq: this._nextSeq, ackedUpTo: this._ackedUpTo, unacknowledged: this._nextSeq - 1 - this._ackedUpTo };
  }

  /**
   * Connects, joins the conversation, resends what a previous page left pending, then records
   * from source ({ sampleRate, start(onFrames), stop() }; microphone.js or wav-source.js). Without
   * a source it only uploads what is pending. Rejects with a CaptureError (Dutch) when the box
   * can't be reached or refuses the conversation.
   */
  async start(source = null) {
    if (this._state !== 'idle') {
      throw new CaptureError(Messages.alreadyStarted, { fatal: false });
    }
    this._setState('connecting');
    this._nextSeq = await this._store.nextSeq(this.conversationId);
    const pending = await this._store.pending(this.conversationId);
    this._ackedUpTo = pending.length > 0 ? pending[0].seq - 1 : this._nextSeq - 1;
    this._connection = this._build();
    try {
      await this._connection.start();
      await this._connection.invoke('JoinConversation', this.conversationId);
    } catch (error) {
      this._fail(new CaptureError(connectionMessageOf(error), { cause: error }));
      await this._shutdown;
      throw this._failure;
    }
    this._setState('recording');
    this._beginUpload();
    if (source) {
      this._source = source;
      this._acceptingFrames = true;
      try {
        await source.start((frames, energies) => this._onFrames(frames, energies));
      } catch (error) {
        this._fail(error instanceof CaptureError ? error : new CaptureError(Messages.microphoneBusy, { cause: error }));
        await this._shutdown;
        throw this._failure;
      }
    }
  }

  /**
   * Ends the recording in order: the last partial chunk goes out, then it waits (ackTimeoutMs)
   * until the box acknowledged everything, ends the upload and disconnects. Resolves with the
   * stats; what is still unacknowledged stays in the store for the next start.
   */
  async stop({ timeoutMs = this._ackTimeoutMs } = {}) {
    if (this._state === 'idle') {
      throw new CaptureError(Messages.notStarted, { fatal: false });
    }
    if (this._state !== 'stopped' && this._state !== 'failed') {
      this._stopping ??= this._stopInOrder(timeoutMs);
    }
    await this._stopping;
    await this._shutdown;
    if (this._failure) {
      throw this._failure;
    }
    const unacknowledged = (await this._store.pending(this.conversationId)).length;
    if (unacknowledged > 0) {
      this._events.emit('error', new CaptureError(Messages.unacknowledged(unacknowledged), { fatal: false }));
    }
    return { ...this.stats, unacknowledged };
  }

  async _stopInOrder(timeoutMs) {
    this._setState('stopping');
    await this._stopSource({ flush: true });
    await this._work;
    await this._waitForAcks(timeoutMs);
    await this._acks;
    const upload = this._upload;
    if (upload && this._connection.state === HubConnectionState.Connected) {
      this._completing = true;
      upload.subject.complete();
      await withTimeout(upload.done.catch(() => {}), COMPLETE_TIMEOUT_MS);
    }
    await this._closeConnection();
    if (this._state === 'stopping') {
      this._setState('stopped');
    }
  }

  /**
   * Ends at once, as a closed tab or a reload does: no flush, no waiting for acknowledgements.
   * Whatever was not acknowledged stays in the store for the next start.
   */
  async abort() {
    if (this._state === 'idle' || this._state === 'stopped' || this._state === 'failed') {
      return;
    }
    // A closed page hears nothing more: acknowledgements still on their way are lost with it.
    this._deaf = true;
    this._end('stopped', { discard: false });
    await this._shutdown;
  }

  _build() {
    const connection = this._createConnection?.() ?? new HubConnectionBuilder()
      .withUrl(this._hubUrl, { ...this._connectionOptions, accessTokenFactory: this._accessTokenFactory })
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: ({ previousRetryCount }) =>
          this._closing ? null : RECONNECT_DELAYS_MS[Math.min(previousRetryCount, RECONNECT_DELAYS_MS.length - 1)],
      })
      .configureLogging(this._logLevel)
      .build();
    connection.on('Acked', (conversationId, seq) => this._onAcked(conversationId, seq));
    connection.on('Segment', (conversationId, segment) => this._onSegment(conversationId, segment));
    connection.on('Transcription', (conversationId, status) => {
      if (this._isOurs(conversationId)) {
        this._events.emit('transcription', status);
      }
    });
    connection.on('Stopped', (conversationId, reason) => this._onStopped(conversationId, reason));
    connection.onreconnecting((error) => {
      this._upload = null;
      if (this._state === 'recording') {
        this._setState('reconnecting');
      }
      this._events.emit('error', new CaptureError(Messages.connectionLost, { cause: error, fatal: false }));
    });
    connection.onreconnected(() => this._rejoin());
    connection.onclose((error) => {
      if (!this._closing) {
        this._fail(new CaptureError(Messages.unreachable, { cause: error }));
      }
    });
    return connection;
  }

  async _rejoin() {
    try {
      // A new connection is in no group yet; without this no Segment events would arrive.
      await this._connection.invoke('JoinConversation', this.conversationId);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) {
        this._fail(new CaptureError(refusal, { cause: error }));
      }
      // Otherwise the connection dropped again and the next reconnect tries anew.
      return;
    }
    if (this._state === 'reconnecting') {
      this._setState('recording');
    }
    this._beginUpload();
  }

  // A new upload stream: first everything still pending (in seq order), then new chunks as they come.
  _beginUpload() {
    this._enqueue(async () => {
      if (this._closing || this._upload || this._connection.state !== HubConnectionState.Connected) {
        return;
      }
      const upload = { subject: new Subject(), streaming: false, done: null };
      this._upload = upload;
      upload.done = this._connection.invoke('UploadAudio', this.conversationId, upload.subject);
      upload.done.then(
        () => this._onUploadEnded(upload, null),
        (error) => this._onUploadEnded(upload, error),
      );
      const pending = await this._store.pending(this.conversationId);
      if (this._upload !== upload) {
        return;
      }
      for (const chunk of pending) {
        this._send(upload, chunk.seq, chunk.bytes, true);
      }
      upload.streaming = true;
    });
  }

  _onFrames(frames, energies) {
    if (!this._acceptingFrames) {
      return;
    }
    this._pipeline ??= new PcmPipeline(this._source.sampleRate, { chunkMs: this._chunkMs });
    this._dominance ??= new ChannelDominance();
    this._dominance.add(energies, frames.length);
    const chunks = this._pipeline.push(frames);
    // One decision per batch that completes chunks: the energy since the previous chunk.
    const channel = chunks.length > 0 ? this._dominance.take() : 0;
    for (const chunk of chunks) {
      this._onChunk(chunk, channel);
    }
  }

  _onChunk(bytes, channel = 0) {
    // The seq is taken now, so chunks keep their order whatever the store's speed.
    const seq = this._nextSeq++;
    this._enqueue(async () => {
      await this._store.put(this.conversationId, seq, bytes);
      this._stats.recorded++;
      const upload = this._upload;
      if (upload?.streaming) {
        this._send(upload, seq, bytes, false, channel);
      }
    });
  }

  // The channel travels only with a live chunk: a resent one (from the store) goes without, and the box falls back to the voices.
  _send(upload, seq, bytes, resent, channel = 0) {
    // While disconnected chunks only go to the store; the next upload resends them from there.
    if (this._upload !== upload || this._connection.state !== HubConnectionState.Connected) {
      return;
    }
    upload.subject.next(channel > 0 ? { seq, pcm: toBase64(bytes), channel } : { seq, pcm: toBase64(bytes) });
    this._stats.sent++;
    if (resent) {
      this._stats.resent++;
    }
    this._events.emit('sent', { seq, resent });
  }

  _onUploadEnded(upload, error) {
    if (this._upload !== upload) {
      return;
    }
    this._upload = null;
    if (this._state === 'failed' || this._state === 'stopped' || this._closing) {
      return;
    }
    const refusal = error ? refusalOf(error) : null;
    if (refusal) {
      // Refused on purpose (no consent, no access, a gap): audio the box won't take must not
      // linger on this PC either.
      this._fail(new CaptureError(refusal, { cause: error }), { discard: true });
      return;
    }
    if (error && this._connection.state !== HubConnectionState.Connected) {
      return; // the connection dropped; onreconnected begins a new upload
    }
    if (this._completing) {
      return;
    }
    if (error) {
      this._uploadFailures++;
      if (this._uploadFailures >= MAX_UPLOAD_FAILURES) {
        this._fail(new CaptureError(Messages.uploadGaveUp, { cause: error }));
        return;
      }
      this._events.emit('error', new CaptureError(Messages.uploadFailed, { cause: error, fatal: false }));
    }
    // Ended by the box while we still record (an error, or a Stopped on its way): try again shortly.
    this._retryTimer = setTimeout(() => this._beginUpload(), UPLOAD_RETRY_MS);
  }

  _onAcked(conversationId, seq) {
    if (!this._isOurs(conversationId) || seq <= this._ackedUpTo) {
      return;
    }
    if (seq >= this._nextSeq) {
      this._fail(new CaptureError(Messages.serverAhead));
      return;
    }
    this._stats.acknowledged += seq - this._ackedUpTo;
    this._ackedUpTo = seq;
    this._uploadFailures = 0;
    this._acks = this._acks
      .then(() => this._store.ackUpTo(this.conversationId, seq))
      .then(() => this._events.emit('acked', { seq, unacknowledged: this._nextSeq - 1 - seq }))
      .catch((error) => this._fail(new CaptureError(Messages.localStoreFailed, { cause: error })));
    this._wakeAckWaiters();
  }

  _onSegment(conversationId, segment) {
    if (!this._isOurs(conversationId)) {
      return;
    }
    try {
      this.transcript.apply(segment);
    } catch (error) {
      console.warn('WhaiNot capture: ignored a malformed segment', error);
      return;
    }
    this._events.emit('segment', segment, this.transcript);
  }

  _onStopped(conversationId, reason) {
    if (!this._isOurs(conversationId) || this._state === 'stopped' || this._state === 'failed') {
      return;
    }
    // The box ended the recording (after a revocation, the audio is destroyed there): nothing
    // left here may be sent later, and none of it may stay on this PC.
    this._end('stopped', { discard: true });
    this._events.emit('stopped', { reason: reason || Messages.stoppedByServer });
  }

  _fail(error, { discard = false } = {}) {
    if (this._state === 'failed' || this._state === 'stopped') {
      return;
    }
    this._failure = error;
    this._end('failed', { discard });
    this._events.emit('error', error);
  }

  // Ends at once (a failure, the box's Stopped, an abort): no flush, no more sending; the source,
  // the store writes under way and the connection are wound down in _shutdown.
  _end(state, { discard }) {
    this._closing = true;
    this._acceptingFrames = false;
    this._upload = null;
    this._shutdown = (async () => {
      await this._stopSource({ flush: false });
      await this._work;
      await this._acks;
      if (discard) {
        await this._store.discard(this.conversationId).catch(() => {});
      }
      await this._closeConnection();
    })();
    this._setState(state);
    this._wakeAckWaiters();
  }

  async _stopSource({ flush }) {
    const source = this._source;
    this._source = null;
    if (source) {
      // The microphone hands over its last frames while stopping; they still count when flushing.
      await source.stop().catch((error) => console.warn('WhaiNot capture: the audio source did not stop cleanly', error));
    }
    this._acceptingFrames = false;
    if (flush && this._pipeline) {
      for (const chunk of this._pipeline.flush()) {
        this._onChunk(chunk);
      }
    }
    this._pipeline = null;
  }

  async _closeConnection() {
    this._closing = true;
    clearTimeout(this._retryTimer);
    // @microsoft/signalr sends stream items from a promise chain of its own; stopping the
    // connection under it rejects those sends where no caller can catch them (an unhandled
    // rejection, fatal in Node). One macrotask lets the chain go out first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this._connection?.stop().catch(() => {});
  }

  _enqueue(work) {
    this._work = this._work.then(work).catch((error) => this._fail(new CaptureError(Messages.localStoreFailed, { cause: error })));
  }

  _waitForAcks(timeoutMs) {
    return new Promise((resolve) => {
      const check = () => {
        if (this._ackedUpTo >= this._nextSeq - 1 || this._state === 'failed' || this._state === 'stopped') {
          clearTimeout(timer);
          this._ackWaiters.delete(check);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        this._ackWaiters.delete(check);
        resolve();
      }, timeoutMs);
      this._ackWaiters.add(check);
      check();
    });
  }

  _wakeAckWaiters() {
    for (const check of [...this._ackWaiters]) {
      check();
    }
  }

  _isOurs(conversationId) {
    return !this._deaf && typeof conversationId === 'string' && conversationId.toLowerCase() === this.conversationId.toLowerCase();
  }

  _setState(state) {
    this._state = state;
    this._events.emit('state', { state });
  }
}

function withTimeout(promise, timeoutMs) {
  let timer;
  return Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]).finally(() => clearTimeout(timer));
}
