import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNames, ROOT, scanShipped, sourceFiles } from './source-scan';

/** Every browser API that can send bytes off the device. The extension uses none of them. */
const NETWORK_APIS = new Set([
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'EventSource',
  'sendBeacon',
  'importScripts',
  'RTCPeerConnection',
]);

describe('no network code in the extension', () => {
  it('finds network calls in code but not in comments (the scanner itself)', () => {
    const sample = [
      '// we never call fetch( here',
      "const note = 'no fetch( either';",
      'navigator.sendBeacon(url, body);',
      "const s = new globalThis['WebSocket'](url);",
    ].join('\n');
    expect(findNames('sample.ts', sample, NETWORK_APIS)).toEqual([
      { file: 'sample.ts', line: 3, name: 'sendBeacon' },
      { file: 'sample.ts', line: 4, name: 'WebSocket' },
    ]);
  });

  it('lib/, components/ and entrypoints/ use no network API', () => {
    expect(sourceFiles().length).toBeGreaterThan(50);
    expect(scanShipped(NETWORK_APIS)).toEqual([]);
  });

  it('no page loads a script, style or frame from elsewhere', () => {
    const remote = /\b(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?\/\//i;
    const pages = sourceFiles(['entrypoints', 'public'], ['.html', '.css', '.json']).filter(
      (file) => remote.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(pages).toEqual([]);
  });
});
