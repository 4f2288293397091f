// Checks shared by every pending store, so all of them refuse the same bad input.

/** Conversation ids are GUIDs; the box may write them in another case than the page. */
export function normalizeId(conversationId) {
  if (typeof conversationId !== 'string' || conversationId.length === 0) {
    throw new TypeError('A conversation id is required');
  }
  return conversationId.toLowerCase();
}

export function checkSeq(seq) {
  if (!Number.isSafeInteger(seq) || seq < 0) {
    throw new RangeError(`Not a chunk sequence number: ${seq}`);
  }
}
