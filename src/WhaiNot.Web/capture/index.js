// What the UI imports. Browser-safe only: the Node file store is imported from its own module.

export { ConversationCapture, HUB_PATH } from './conversation-capture.js';
export { CaptureError, Messages } from './messages.js';
export { microphoneSource } from './microphone.js';
export { IndexedDbPendingStore, MemoryPendingStore, openPendingStore } from './pending-store.js';
export { Chunker, PcmPipeline, Resampler, TARGET_RATE } from './pcm.js';
export { TranscriptView } from './transcript-view.js';
export { parseWav, wavSource } from './wav-source.js';
export { encodeWav } from './wav-writer.js';
