// The browser's pending-audio store (see pending-store.js for the interface): IndexedDB keeps the
// chunks across a reload or a crashed tab. One record per chunk keyed [conversation, seq], so the
// store's own key order is seq order; one cursor record per conversation remembers the next seq
// even after every chunk was acknowledged.

import { checkSeq, normalizeId } from './store-keys.js';

const DATABASE = 'whainot-capture';
const VERSION = 1;
const CHUNKS = 'chunks';
const CURSORS = 'cursors';

export class IndexedDbPendingStore {
  /**
   * @param {{ factory?: IDBFactory, keyRange?: typeof IDBKeyRange, name?: string }} [options]
   *   factory and keyRange default to the page's own (a test passes another implementation)
   */
  constructor({ factory = globalThis.indexedDB, keyRange = globalThis.IDBKeyRange, name = DATABASE } = {}) {
    this._factory = factory;
    this._keyRange = keyRange;
    this._name = name;
    this._database = null;
  }

  async put(conversationId, seq, bytes) {
    checkSeq(seq);
    const id = normalizeId(conversationId);
    await this._write([CHUNKS, CURSORS], (transaction) => {
      transaction.objectStore(CHUNKS).put({ conversationId: id, seq, bytes: Uint8Array.from(bytes) });
      const cursors = transaction.objectStore(CURSORS);
      const read = cursors.get(id);
      read.onsuccess = () => {
        const next = Math.max(read.result?.next ?? 0, seq + 1);
        cursors.put({ conversationId: id, next });
      };
    });
  }

  async ackUpTo(conversationId, seq) {
    const id = normalizeId(conversationId);
    if (seq < 0) {
      return;
    }
    await this._write([CHUNKS], (transaction) => {
      transaction.objectStore(CHUNKS).delete(this._keyRange.bound([id, 0], [id, seq]));
    });
  }

  async pending(conversationId) {
    const id = normalizeId(conversationId);
    const records = await this._read(CHUNKS, (store) => store.getAll(this._keyRange.bound([id, 0], [id, Infinity])));
    return records.map((record) => ({ seq: record.seq, bytes: new Uint8Array(record.bytes) }));
  }

  async nextSeq(conversationId) {
    const id = normalizeId(conversationId);
    const cursor = await this._read(CURSORS, (store) => store.get(id));
    return cursor?.next ?? 0;
  }

  async discard(conversationId) {
    const id = normalizeId(conversationId);
    await this._write([CHUNKS], (transaction) => {
      transaction.objectStore(CHUNKS).delete(this._keyRange.bound([id, 0], [id, Infinity]));
    });
  }

  /** Closes the database (tests open it again to play a reload). */
  close() {
    this._database?.close();
    this._database = null;
  }

  async _open() {
    if (this._database) {
      return this._database;
    }
    this._database = await new Promise((resolve, reject) => {
      const request = this._factory.open(this._name, VERSION);
      request.onupgradeneeded = () => {
        const database = request.result;
        database.createObjectStore(CHUNKS, { keyPath: ['conversationId', 'seq'] });
        database.createObjectStore(CURSORS, { keyPath: 'conversationId' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    return this._database;
  }

  async _write(storeNames, work) {
    const database = await this._open();
    await new Promise((resolve, reject) => {
      // "strict" durability: the chunk is on disk before put() resolves, as the box does before Acked.
      const transaction = database.transaction(storeNames, 'readwrite', { durability: 'strict' });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      work(transaction);
    });
  }

  async _read(storeName, query) {
    const database = await this._open();
    return new Promise((resolve, reject) => {
      const request = query(database.transaction(storeName, 'readonly').objectStore(storeName));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
}
