import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { it } from 'node:test';
import { runInThisContext } from 'node:vm';

it('gives the capture module what it imports from the UMD build a page loads', async () => {
  const umd = createRequire(import.meta.url).resolve('@microsoft/signalr/dist/browser/signalr.min.js');
  globalThis.self = globalThis; // what a browser window has
  runInThisContext(await readFile(umd, 'utf8'));

  const browser = await import('../capture/signalr-browser.js');
  const source = await readFile(new URL('../capture/conversation-capture.js', import.meta.url), 'utf8');
  const imported = /import \{([^}]+)\} from '@microsoft\/signalr'/.exec(source)[1].split(',').map((name) => name.trim());

  for (const name of imported) {
    assert.ok(browser[name], `${name} is missing from signalr-browser.js`);
  }
  assert.equal(browser.HubConnectionBuilder, globalThis.signalR.HubConnectionBuilder);
});
