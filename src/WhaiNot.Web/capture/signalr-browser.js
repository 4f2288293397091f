// In the browser, without a bundler: the page loads the official client's UMD build
// (node_modules/@microsoft/signalr/dist/browser/signalr.min.js, which sets window.signalR) and an
// import map points "@microsoft/signalr" here. The package's own ESM build can't be used directly:
// its imports have no file extensions, which only bundlers and Node resolve.

const signalR = globalThis.signalR;
if (!signalR) {
  throw new Error('Load signalr.min.js before the WhaiNot capture module');
}

export const { HubConnectionBuilder, HubConnectionState, HttpTransportType, LogLevel, Subject } = signalR;
