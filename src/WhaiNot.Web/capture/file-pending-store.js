// The pending-audio store for Node (see pending-store.js for the interface): one file per chunk
// in a folder per conversation, so a second process, or a second capture in the same process,
// finds exactly what the first one left. Node only; the browser uses IndexedDB.

import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkSeq, normalizeId } from './store-keys.js';

const CHUNK_FILE = /^(\d{12})\.pcm$/;
const NEXT_FILE = 'next';

export class FilePendingStore {
  /** @param {string} root the folder that holds one folder per conversation */
  constructor(root) {
    this._root = root;
    this._temporary = 0;
    this._puts = Promise.resolve();
  }

  async put(conversationId, seq, bytes) {
    checkSeq(seq);
    // One put at a time: the cursor is read, then written.
    const done = this._puts.then(async () => {
      const folder = await this._folder(conversationId);
      await this._replace(join(folder, fileOf(seq)), bytes);
      if (seq + 1 > (await this._readNext(folder))) {
        await this._replace(join(folder, NEXT_FILE), String(seq + 1));
      }
    });
    this._puts = done.catch(() => {});
    return done;
  }

  async ackUpTo(conversationId, seq) {
    const folder = await this._folder(conversationId);
    for (const stored of await this._chunkSeqs(folder)) {
      if (stored <= seq) {
        await unlink(join(folder, fileOf(stored))).catch(ignoreMissing);
      }
    }
  }

  async pending(conversationId) {
    const folder = await this._folder(conversationId);
    const result = [];
    for (const seq of await this._chunkSeqs(folder)) {
      // An Acked may remove a file between the listing and the read; it is no longer pending then.
      const bytes = await readFile(join(folder, fileOf(seq))).catch(ignoreMissing);
      if (bytes) {
        result.push({ seq, bytes: new Uint8Array(bytes) });
      }
    }
    return result;
  }

  async nextSeq(conversationId) {
    const folder = await this._folder(conversationId);
    const seqs = await this._chunkSeqs(folder);
    // A crash between the chunk and the cursor write leaves a chunk past the cursor.
    return Math.max(await this._readNext(folder), seqs.length > 0 ? seqs[seqs.length - 1] + 1 : 0);
  }

  async discard(conversationId) {
    const folder = await this._folder(conversationId);
    for (const seq of await this._chunkSeqs(folder)) {
      await rm(join(folder, fileOf(seq)), { force: true });
    }
  }

  async _folder(conversationId) {
    const folder = join(this._root, normalizeId(conversationId).replace(/[^0-9a-z-]/g, '_'));
    await mkdir(folder, { recursive: true });
    return folder;
  }

  async _chunkSeqs(folder) {
    const names = await readdir(folder);
    return names
      .map((name) => CHUNK_FILE.exec(name))
      .filter((match) => match !== null)
      .map((match) => Number(match[1]))
      .sort((a, b) => a - b);
  }

  async _readNext(folder) {
    const text = await readFile(join(folder, NEXT_FILE), 'utf8').catch(ignoreMissing);
    return text ? Number(text) : 0;
  }

  // Write beside, then rename: a reader never sees half a chunk.
  async _replace(path, content) {
    const temporary = `${path}.${process.pid}.${this._temporary++}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, path);
  }
}

function fileOf(seq) {
  return String(seq).padStart(12, '0') + '.pcm';
}

function ignoreMissing(error) {
  if (error?.code === 'ENOENT') {
    return null;
  }
  throw error;
}
