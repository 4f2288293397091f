// End to end against a running box: a WAV file goes through the same capture module the browser
// uses (pcm.js, the pending store, ConversationCapture over @microsoft/signalr), with a file in
// place of the microphone. Halfway the network drops (a TCP proxy cuts every socket), later the
// page "reloads" (the capture is abandoned with chunks unacknowledged and a new capture takes over
// the same persistent store). At the end every chunk must be acknowledged and the store empty.
//
// Skipped unless WHAINOT_URL is set. Environment:
//   WHAINOT_URL           https://127.0.0.1:PORT of the box
//   WHAINOT_TOKEN         bearer token of a worker
//   WHAINOT_CONVERSATION  conversation id (with recording consent, unless a refusal is expected)
//   WHAINOT_WAV           16 kHz mono PCM16 WAV
//   WHAINOT_RESULT        optional: where to write the result JSON (counts) for the caller
//   WHAINOT_TRANSCRIPT_WAIT_S  optional: seconds to keep listening for Segment events after the audio
//   NODE_EXTRA_CA_CERTS   the box's CA (PEM), so TLS is verified as on an office PC

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConversationCapture } from '../capture/conversation-capture.js';
import { FilePendingStore } from '../capture/file-pending-store.js';
import { DEFAULT_CHUNK_MS, TARGET_RATE } from '../capture/pcm.js';
import { parseWav, wavSource } from '../capture/wav-source.js';

const env = process.env;
// Played at four times real time; the drop comes after 2 s of audio, the network stays away
// for the first reconnect attempt (about 1 s, 4 s of audio), the reload comes 1.5 s of audio
// after the reconnect. The WAV needs at least 12 s.
const SPEED = 4;
const CUT_AT_SEQ = 8;
const REFUSED_CONNECTIONS = 1;
const RELOAD_AFTER_CHUNKS = 6;
const MIN_CHUNKS = 48;

describe('live capture against a running box', { skip: env.WHAINOT_URL ? false : 'WHAINOT_URL is not set' }, () => {
  const folders = [];
  after(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it('gets every chunk acknowledged through a network drop and a page reload', { timeout: 180_000 }, async () => {
    const wavBytes = new Uint8Array(await readFile(env.WHAINOT_WAV));
    const wav = parseWav(wavBytes);
    assert.equal(wav.sampleRate, TARGET_RATE, 'the test WAV must be 16 kHz');
    const samplesPerChunk = (TARGET_RATE * DEFAULT_CHUNK_MS) / 1000;
    const expectedChunks = Math.ceil(wav.samples.length / samplesPerChunk);
    assert.ok(expectedChunks >= MIN_CHUNKS, `the WAV is too short: ${expectedChunks} chunks`);

    const folder = await mkdtemp(join(tmpdir(), 'whainot-capture-e2e-'));
    folders.push(folder);
    const proxy = await tcpProxy(new URL(env.WHAINOT_URL));
    const log = { errors: [], segments: new Map(), transcription: [], reconnects: 0 };
    const result = { expectedChunks, errors: log.errors };

    try {
      // First page: through the proxy, which drops every connection once chunk CUT_AT_SEQ is out.
      const first = newCapture(`https://127.0.0.1:${proxy.port}`, new FilePendingStore(folder), log);
      let reload = null;
      let cut = false;
      let resumedAt = null;
      let ackedAfterResume = false;
      first.on('acked', ({ seq }) => {
        if (resumedAt !== null && seq >= resumedAt) {
          ackedAfterResume = true;
        }
      });
      first.on('state', ({ state }) => {
        if (state === 'recording' && cut) {
          resumedAt ??= first.stats.nextSeq;
        }
      });
      first.on('sent', ({ seq, resent }) => {
        if (!cut && seq >= CUT_AT_SEQ) {
          cut = true;
          proxy.cutAll(REFUSED_CONNECTIONS);
        } else if (!reload && !resent && ackedAfterResume && seq >= resumedAt + RELOAD_AFTER_CHUNKS) {
          // The page goes away right after sending (and only once the box acknowledged audio sent
          // after the reconnect, however slow a busy machine is): this chunk is unacknowledged for sure.
          reload = first.abort();
        }
      });
      const firstSource = wavSource(wavBytes, { speed: SPEED });
      await first.start(firstSource);
      await firstSource.ended; // also when the reload (or a failure) stops the source
      await reload;
      if (first.state !== 'stopped') {
        await first.stop(); // throws the capture's own (Dutch) error when the box refused
        assert.fail('the audio ended before the page reload was played');
      }
      const store = new FilePendingStore(folder);
      const pendingAtReload = (await store.pending(env.WHAINOT_CONVERSATION)).map((chunk) => chunk.seq);
      const firstStats = first.stats;
      assert.ok(log.reconnects >= 1, 'the network drop caused no reconnect');
      assert.ok(firstStats.resent >= 4, `only ${firstStats.resent} chunks were resent after the reconnect`);
      assert.ok(firstStats.acknowledged > resumedAt, 'nothing was acknowledged after the reconnect');
      assert.ok(pendingAtReload.length >= 1, 'no chunk was left unacknowledged at the reload');

      // Second page: a new capture on the same store goes on where the file left off. Pending
      // chunks go out first; a real page would lose the unchunked remainder, this one resumes
      // at the exact sample so the box's audio can be compared byte for byte.
      const second = newCapture(env.WHAINOT_URL, store, log);
      const nextSeq = await store.nextSeq(env.WHAINOT_CONVERSATION);
      const secondSource = wavSource(wavBytes, { speed: SPEED, startSample: nextSeq * samplesPerChunk });
      await second.start(secondSource);
      await secondSource.ended;
      await waitForTranscript(log, Number(env.WHAINOT_TRANSCRIPT_WAIT_S ?? 0));
      const summary = await second.stop();

      Object.assign(result, {
        chunksRecorded: firstStats.recorded + summary.recorded,
        chunksSent: firstStats.sent + summary.sent,
        chunksResent: firstStats.resent + summary.resent,
        chunksAcknowledged: firstStats.acknowledged + summary.acknowledged,
        lastAcknowledgedSeq: summary.ackedUpTo,
        pendingAtReload,
        pendingAtEnd: (await store.pending(env.WHAINOT_CONVERSATION)).length,
        reconnects: log.reconnects,
        segments: log.segments.size,
        finalSegments: [...log.segments.values()].filter((segment) => segment.final).length,
        transcriptionEvents: log.transcription.length,
      });
      assert.equal(summary.unacknowledged, 0, 'chunks left unacknowledged');
      assert.equal(result.pendingAtEnd, 0, 'the pending store is not empty');
      assert.equal(result.chunksRecorded, expectedChunks);
      assert.equal(result.lastAcknowledgedSeq, expectedChunks - 1);
      assert.ok(result.chunksSent > expectedChunks, 'the drop and the reload should have caused resends');
    } catch (error) {
      result.failure = error.message;
      throw error;
    } finally {
      proxy.close();
      if (env.WHAINOT_RESULT) {
        await writeFile(env.WHAINOT_RESULT, JSON.stringify(result, null, 2));
      }
    }
  });
});

function newCapture(baseUrl, store, log) {
  const capture = new ConversationCapture({
    baseUrl,
    conversationId: env.WHAINOT_CONVERSATION,
    accessTokenFactory: () => env.WHAINOT_TOKEN,
    store,
  });
  capture.on('error', (error) => {
    log.errors.push(error.message);
    console.log(`capture ${error.fatal ? 'error' : 'notice'}: ${error.message}`);
  });
  capture.on('state', ({ state }) => {
    if (state === 'reconnecting') {
      log.reconnects++;
    }
  });
  capture.on('segment', (segment) => log.segments.set(segment.id, segment));
  capture.on('transcription', (status) => log.transcription.push(status));
  return capture;
}

async function waitForTranscript(log, seconds) {
  const until = Date.now() + seconds * 1000;
  // Until the box reports completion or has sent a segment: enough to prove the browser
  // module receives live transcript events through the same connection it uploads on.
  const hasSegment = () => [...log.segments.values()].some((segment) => segment.text);
  while (Date.now() < until && !hasSegment() && !log.transcription.some((status) => status.complete)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// A TCP relay in front of the box. cutAll(n) destroys every open connection at once, as a
// pulled network cable would, and refuses the next n connections, so the first reconnect attempt
// fails and the capture records offline until the next one (a second later).
async function tcpProxy(target) {
  const sockets = new Set();
  let refuse = 0;
  const server = createServer((client) => {
    if (refuse > 0) {
      refuse--;
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    for (const [from, to] of [[client, upstream], [upstream, client]]) {
      sockets.add(from);
      from.pipe(to);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    cutAll: (refuseCount) => {
      refuse = refuseCount;
      sockets.forEach((socket) => socket.destroy());
    },
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      server.close();
    },
  };
}
