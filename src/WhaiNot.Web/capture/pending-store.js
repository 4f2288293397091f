// The local buffer of audio the box has not acknowledged yet. Every chunk goes in here before it
// is sent and leaves only when an Acked covers it, so a dropped connection, a crashed tab or a
// page reload loses no audio: the next start resends what is left, in order.
//
// Every store has the same async interface:
//   put(conversationId, seq, bytes)   keep one chunk (bytes: Uint8Array)
//   ackUpTo(conversationId, seq)      drop every chunk with a seq up to and including seq
//   pending(conversationId)           [{ seq, bytes }] not yet acknowledged, in seq order
//   nextSeq(conversationId)           the seq the next new chunk gets (one past the highest ever put)
//   discard(conversationId)           drop all chunks of a conversation (the box stopped it)

import { IndexedDbPendingStore } from './indexeddb-pending-store.js';
import { checkSeq, normalizeId } from './store-keys.js';

export { IndexedDbPendingStore };

/** Keeps chunks in memory: for tests, and for a browser without IndexedDB (lost on reload). */
export class MemoryPendingStore {
  constructor() {
    /** @type {Map<string, { chunks: Map<number, Uint8Array>, next: number }>} */
    this._conversations = new Map();
  }

  async put(conversationId, seq, bytes) {
    checkSeq(seq);
    const conversation = this._conversation(conversationId);
    conversation.chunks.set(seq, Uint8Array.from(bytes));
    conversation.next = Math.max(conversation.next, seq + 1);
  }

  async ackUpTo(conversationId, seq) {
    const conversation = this._conversation(conversationId);
    for (const key of [...conversation.chunks.keys()]) {
      if (key <= seq) {
        conversation.chunks.delete(key);
      }
    }
  }

  async pending(conversationId) {
    const conversation = this._conversation(conversationId);
    return [...conversation.chunks.entries()]
      .sort(([a], [b]) => a - b)
      .map(([seq, bytes]) => ({ seq, bytes: Uint8Array.from(bytes) }));
  }

  async nextSeq(conversationId) {
    return this._conversation(conversationId).next;
  }

  async discard(conversationId) {
    this._conversation(conversationId).chunks.clear();
  }

  _conversation(conversationId) {
    const key = normalizeId(conversationId);
    let conversation = this._conversations.get(key);
    if (!conversation) {
      conversation = { chunks: new Map(), next: 0 };
      this._conversations.set(key, conversation);
    }
    return conversation;
  }
}

/**
 * The store a browser should use: IndexedDB when there is one (survives a reload), else memory.
 * Asks the browser to keep the data under storage pressure; the answer does not change anything.
 */
export async function openPendingStore() {
  if (typeof indexedDB === 'undefined') {
    return new MemoryPendingStore();
  }
  if (typeof navigator !== 'undefined' && navigator.storage?.persist) {
    await navigator.storage.persist().catch(() => false);
  }
  return new IndexedDbPendingStore();
}
