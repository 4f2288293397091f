// A minimal event emitter that works the same in browsers and Node. A failing handler is
// reported on the console and never stops the capture or the other handlers.

export class Emitter {
  constructor() {
    /** @type {Map<string, Set<Function>>} */
    this._handlers = new Map();
  }

  /**
   * @param {string} name
   * @param {Function} handler
   * @returns {() => void} call to unsubscribe
   */
  on(name, handler) {
    if (!this._handlers.has(name)) {
      this._handlers.set(name, new Set());
    }
    this._handlers.get(name).add(handler);
    return () => this._handlers.get(name)?.delete(handler);
  }

  emit(name, ...args) {
    for (const handler of this._handlers.get(name) ?? []) {
      try {
        handler(...args);
      } catch (error) {
        console.error(`WhaiNot capture: a '${name}' handler failed`, error);
      }
    }
  }
}
