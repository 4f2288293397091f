import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChannelDominance, CLIENT_CHANNEL, NEITHER, WORKER_CHANNEL, decide } from '../capture/channel-dominance.js';

describe('channel dominance', () => {
  it('names the channel that is at least 6 dB louder', () => {
    assert.equal(decide(4, 1, 1000), WORKER_CHANNEL);
    assert.equal(decide(1, 4, 1000), CLIENT_CHANNEL);
    assert.equal(decide(2, 1, 1000), NEITHER);
  });

  it('decides nothing in silence or without a second channel', () => {
    assert.equal(decide(1e-6, 0, 1000), NEITHER);
    const dominance = new ChannelDominance();
    dominance.add(undefined, 4800);
    assert.equal(dominance.take(), NEITHER);
  });

  it('sums the batches since the last chunk and starts over after each take', () => {
    const dominance = new ChannelDominance();
    dominance.add([10, 1], 2048);
    dominance.add([8, 1], 2048);
    assert.equal(dominance.take(), WORKER_CHANNEL);
    dominance.add([0.1, 3], 2048);
    assert.equal(dominance.take(), CLIENT_CHANNEL);
    assert.equal(dominance.take(), NEITHER);
  });
});
