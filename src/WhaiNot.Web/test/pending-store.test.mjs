import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FilePendingStore } from '../capture/file-pending-store.js';
import { IndexedDbPendingStore, MemoryPendingStore } from '../capture/pending-store.js';

const folders = [];
after(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function fileStore() {
  const folder = await mkdtemp(join(tmpdir(), 'whainot-pending-'));
  folders.push(folder);
  return { store: new FilePendingStore(folder), reopen: () => new FilePendingStore(folder) };
}

function indexedDbStore() {
  const factory = new IDBFactory();
  const open = () => new IndexedDbPendingStore({ factory, keyRange: IDBKeyRange });
  const store = open();
  return { store, reopen: () => (store.close(), open()) };
}

function memoryStore() {
  const store = new MemoryPendingStore();
  return { store, reopen: () => store };
}

const bytes = (seq) => Uint8Array.from({ length: 8 }, (_, i) => (seq * 8 + i) % 256);
const conversation = '5B0C1C6E-5E8B-4F43-9B7A-3C1E2D4F5A6B';
const other = '00000000-0000-0000-0000-000000000001';

for (const [name, make] of [['memory', memoryStore], ['file', fileStore], ['IndexedDB', indexedDbStore]]) {
  describe(`${name} pending store`, () => {
    it('starts empty at seq 0', async () => {
      const { store } = await make();

      assert.deepEqual(await store.pending(conversation), []);
      assert.equal(await store.nextSeq(conversation), 0);
    });

    it('returns chunks in seq order whatever the order they were put in', async () => {
      const { store } = await make();
      for (const seq of [2, 0, 11, 1, 10]) {
        await store.put(conversation, seq, bytes(seq));
      }

      const pending = await store.pending(conversation);

      assert.deepEqual(pending.map((chunk) => chunk.seq), [0, 1, 2, 10, 11]);
      assert.deepEqual(pending[3].bytes, bytes(10));
      assert.equal(await store.nextSeq(conversation), 12);
    });

    it('drops every chunk up to an acknowledged seq and keeps the next seq', async () => {
      const { store } = await make();
      for (let seq = 0; seq < 5; seq++) {
        await store.put(conversation, seq, bytes(seq));
      }

      await store.ackUpTo(conversation, 2);
      await store.ackUpTo(conversation, 1);

      assert.deepEqual((await store.pending(conversation)).map((chunk) => chunk.seq), [3, 4]);
      await store.ackUpTo(conversation, 4);
      assert.deepEqual(await store.pending(conversation), []);
      assert.equal(await store.nextSeq(conversation), 5);
    });

    it('keeps conversations apart and ignores the case of the id', async () => {
      const { store } = await make();
      await store.put(conversation, 0, bytes(0));
      await store.put(other, 0, bytes(1));

      await store.ackUpTo(conversation.toLowerCase(), 0);

      assert.deepEqual(await store.pending(conversation), []);
      assert.deepEqual((await store.pending(other)).map((chunk) => chunk.bytes), [bytes(1)]);
    });

    it('discards what is pending but never reuses a seq', async () => {
      const { store } = await make();
      await store.put(conversation, 0, bytes(0));
      await store.put(conversation, 1, bytes(1));

      await store.discard(conversation);

      assert.deepEqual(await store.pending(conversation), []);
      assert.equal(await store.nextSeq(conversation), 2);
    });

    it('still has everything after a reopen (a page reload)', async () => {
      const { store, reopen } = await make();
      for (let seq = 0; seq < 4; seq++) {
        await store.put(conversation, seq, bytes(seq));
      }
      await store.ackUpTo(conversation, 1);

      const reopened = reopen();

      assert.deepEqual((await reopened.pending(conversation)).map((chunk) => chunk.seq), [2, 3]);
      assert.equal(await reopened.nextSeq(conversation), 4);
    });

    it('keeps its own copy of the bytes', async () => {
      const { store } = await make();
      const original = bytes(3);
      await store.put(conversation, 0, original);

      original.fill(0);

      assert.deepEqual((await store.pending(conversation))[0].bytes, bytes(3));
    });

    it('refuses a seq that is not a non-negative integer', async () => {
      const { store } = await make();

      await assert.rejects(store.put(conversation, -1, bytes(0)), RangeError);
      await assert.rejects(store.put(conversation, 1.5, bytes(0)), RangeError);
    });
  });
}
