// The live transcript as the worker sees it, built from the hub's Segment events. A partial
// segment (final: false) is a guess that a later event with the same id replaces; a final one
// stays. Events can cross on the wire, so a late partial never overwrites a final.

/**
 * @typedef {{ id: string, start: number, end: number, speaker: string, text: string, final: boolean }} Segment
 */

export class TranscriptView {
  constructor() {
    /** @type {Map<string, Segment>} */
    this._byId = new Map();
  }

  /**
   * Applies one Segment event.
   * @param {Segment} segment
   * @returns {boolean} whether the view changed
   */
  apply(segment) {
    validate(segment);
    const current = this._byId.get(segment.id);
    if (current && current.final && !segment.final) {
      return false;
    }
    this._byId.set(segment.id, { ...segment });
    return true;
  }

  /** @returns {Segment[]} copies of all segments, partials included, in order of their start */
  get segments() {
    return [...this._byId.values()].sort(byStart).map((segment) => ({ ...segment }));
  }

  /** @returns {Segment[]} the final segments only, in order of their start */
  get finals() {
    return this.segments.filter((segment) => segment.final);
  }

  /** @returns {number} how many segments are shown */
  get size() {
    return this._byId.size;
  }

  clear() {
    this._byId.clear();
  }
}

function byStart(a, b) {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function validate(segment) {
  if (
    !segment ||
    typeof segment.id !== 'string' ||
    segment.id.length === 0 ||
    !Number.isFinite(segment.start) ||
    !Number.isFinite(segment.end) ||
    segment.end < segment.start ||
    typeof segment.text !== 'string' ||
    typeof segment.final !== 'boolean'
  ) {
    throw new TypeError(`Not a transcript segment: ${JSON.stringify(segment)}`);
  }
}
