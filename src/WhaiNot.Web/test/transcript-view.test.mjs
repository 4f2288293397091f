import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TranscriptView } from '../capture/transcript-view.js';

const segment = (id, start, text, final, speaker = 'unknown') => ({ id, start, end: start + 1, speaker, text, final });

describe('TranscriptView', () => {
  it('replaces a partial by a later event with the same id', () => {
    const view = new TranscriptView();

    view.apply(segment('s1', 0, 'Goeie', false));
    view.apply(segment('s1', 0, 'Goeiemorgen mev', false));
    view.apply(segment('s1', 0, 'Goeiemorgen mevrouw.', true));

    assert.deepEqual(view.segments.map((s) => [s.id, s.text, s.final]), [['s1', 'Goeiemorgen mevrouw.', true]]);
  });

  it('keeps a final when a late partial with the same id arrives', () => {
    const view = new TranscriptView();
    view.apply(segment('s1', 0, 'Goeiemorgen mevrouw.', true));

    const changed = view.apply(segment('s1', 0, 'Goeie', false));

    assert.equal(changed, false);
    assert.equal(view.segments[0].text, 'Goeiemorgen mevrouw.');
  });

  it('orders segments by start, whatever order they arrive in', () => {
    const view = new TranscriptView();

    view.apply(segment('s3', 9.5, 'derde', false));
    view.apply(segment('s1', 0, 'eerste', true));
    view.apply(segment('s2', 3.2, 'tweede', true));

    assert.deepEqual(view.segments.map((s) => s.id), ['s1', 's2', 's3']);
    assert.deepEqual(view.finals.map((s) => s.id), ['s1', 's2']);
    assert.equal(view.size, 3);
  });

  it('does not let a caller change its segments', () => {
    const view = new TranscriptView();
    const event = segment('s1', 0, 'tekst', true);
    view.apply(event);

    event.text = 'anders';
    view.segments[0].text = 'ook anders';

    assert.equal(view.segments[0].text, 'tekst');
  });

  it('refuses something that is not a segment', () => {
    const view = new TranscriptView();

    assert.throws(() => view.apply({ id: 's1', start: 2, end: 1, text: '', final: true }), TypeError);
    assert.throws(() => view.apply({ start: 0, end: 1, text: '', final: true }), TypeError);
    assert.throws(() => view.apply(null), TypeError);
  });
});
