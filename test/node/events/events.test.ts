import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import * as events from '../../../src/events/index.js';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'src/events');

describe('tillit/events', () => {
  it('declares each event name once, in its own file, and every class is exported', () => {
    const files = readdirSync(dir).filter((f) => f !== 'index.ts');
    const names = files.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/'(tillit-[a-z-]+)': \w+/g)].map((m) => m[1]));
    assert.equal(names.length, files.length, 'one GlobalEventHandlersEventMap entry per file');
    assert.equal(new Set(names).size, names.length);
    const exported = Object.values(events as Record<string, unknown>).filter((v) => typeof v === 'function') as unknown as { type: string }[];
    assert.deepEqual(exported.map((e) => e.type).sort(), [...names].sort());
  });

  it('fires bubbling, composed events with the previous step', () => {
    const event = new events.StepChangeEvent<'a' | 'b'>('b', 'a', 'sms');
    assert.deepEqual([event.type, event.step, event.previousStep, event.method, event.bubbles, event.composed], ['tillit-step-change', 'b', 'a', 'sms', true, true]);
  });

  it('bundles without lit, the client, any element or controller (a host can import it for types and instanceof)', async () => {
    const result = await build({
      entryPoints: ['src/events/index.ts'],
      absWorkingDir: root,
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      platform: 'browser',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.deepEqual(inputs.filter((i) => !i.startsWith('src/events/')), []);
    // About 350 B (unminified) per event class: fifteen of them, and room for a few more.
    assert.ok(result.outputFiles[0]!.text.length < 6500, `small: ${result.outputFiles[0]!.text.length} B`);
  });
});
