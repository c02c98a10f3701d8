/**
 * The browser side of `npm run bench:image` (bundled by main.ts): makes the test photo, then times each
 * contender on it, round-robin, while watching the main thread.
 */
import { drawScene, storedForOrientation6, toJpeg } from '../../test/browser/image/photos.js';

interface Output {
  blob: Blob;
  width: number;
  height: number;
  note?: string;
}

export interface RunResult {
  name: string;
  ms: number[];
  /** Longest gap between two 1 ms timer turns on the main thread, per run: an upper bound of its longest task. */
  gaps: number[];
  /** Long tasks (50 ms or more) the browser reported during each run. */
  longTasks: number[][];
  output: { width: number; height: number; bytes: number; exif: boolean; upright: boolean; note?: string };
}

const toBase64 = async (blob: Blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};

/** Whether a JPEG has an APP1 Exif segment before its scan. */
async function hasExif(blob: Blob): Promise<boolean> {
  const b = new Uint8Array(await blob.arrayBuffer());
  for (let at = 2; at + 10 < b.length && b[at] === 0xff && b[at + 1] !== 0xda; at += 2 + ((b[at + 2]! << 8) | b[at + 3]!)) {
    if (b[at + 1] === 0xe1 && String.fromCharCode(...b.subarray(at + 4, at + 8)) === 'Exif') return true;
  }
  return false;
}

/** The scene has a red marker in its top-left corner and a blue one top right: upright when they are there. */
async function isUpright(blob: Blob): Promise<boolean> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const at = (x: number) => context.getImageData(Math.round(x * bitmap.width), Math.round(0.01 * bitmap.height), 1, 1).data;
  const [left, right] = [at(0.01), at(0.98)];
  return left[0]! - left[2]! > 100 && right[2]! - right[0]! > 100;
}

function watchMainThread(): () => number {
  let last = performance.now();
  let longest = 0;
  let timer = setTimeout(function tick() {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick, 1);
  }, 1);
  return () => {
    clearTimeout(timer);
    return Math.max(longest, performance.now() - last);
  };
}

declare global {
  interface Window {
    bench: {
      makePhoto(width: number, height: number): Promise<string>;
      run(options: { runs: number; width: number; height: number }): Promise<RunResult[]>;
    };
  }
}

window.bench = {
  async makePhoto(width, height) {
    // Stored turned a quarter, as a phone held upright does; main.ts tags it with exiftool.
    return toBase64(await toJpeg(storedForOrientation6(drawScene({ width, height })), 0.92));
  },

  async run({ runs, width, height }) {
    const file = new File([await (await fetch('/photo.jpg')).blob()], 'photo.jpg', { type: 'image/jpeg' });
    const tillit = '/pkg/image.js';
    const { prepareImage } = await import(/* @vite-ignore */ tillit);
    const bic = '/bic.mjs';
    const imageCompression = (await import(/* @vite-ignore */ bic)).default;
    const floorWorker = new Worker('/floor-worker.js');
    const floor = (): Promise<Output> =>
      new Promise((resolve) => {
        floorWorker.onmessage = ({ data }) => resolve(data);
        floorWorker.postMessage({ file, width, height, quality: 0.85 });
      });
    const contenders: [string, () => Promise<Output>][] = [
      ['floor: createImageBitmap + OffscreenCanvas in a worker', floor],
      ['tillit prepareImage (worker, all checks)', async () => {
        const r = await prepareImage(file);
        return { ...r, note: `${r.ranOn}; failed: ${r.checks.filter((c: { passed: boolean }) => !c.passed).map((c: { id: string }) => c.id).join(',') || 'none'}` };
      }],
      ['browser-image-compression 2 (web worker)', async () => {
        const blob: Blob = await imageCompression(file, {
          maxWidthOrHeight: Math.max(width, height),
          useWebWorker: true,
          libURL: `${location.origin}/bic.js`,
          initialQuality: 0.85,
          maxSizeMB: 100,
          fileType: 'image/jpeg',
        });
        const bitmap = await createImageBitmap(blob);
        return { blob, width: bitmap.width, height: bitmap.height };
      }],
      ['tillit prepareImage (main-thread fallback)', async () => {
        const r = await prepareImage(file, { worker: false });
        return { ...r, note: r.ranOn };
      }],
    ];
    const results: RunResult[] = contenders.map(([name]) => ({ name, ms: [], gaps: [], longTasks: [], output: { width: 0, height: 0, bytes: 0, exif: false, upright: false } }));
    let longTasks: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    for (let round = -1; round < runs; round++) {
      for (const [i, [, work]] of contenders.entries()) {
        await new Promise((resolve) => setTimeout(resolve, 150)); // let the previous run's leftovers settle
        longTasks = [];
        const stopWatching = watchMainThread();
        const started = performance.now();
        const out = await work();
        const ms = performance.now() - started;
        const gap = stopWatching();
        await new Promise((resolve) => setTimeout(resolve, 0)); // deliver pending long-task entries
        if (round < 0) continue; // warm-up: workers started, code compiled
        const result = results[i]!;
        result.ms.push(ms);
        result.gaps.push(gap);
        result.longTasks.push(longTasks);
        result.output = {
          width: out.width,
          height: out.height,
          bytes: out.blob.size,
          exif: await hasExif(out.blob),
          upright: await isUpright(out.blob),
          ...(out.note ? { note: out.note } : {}),
        };
      }
    }
    floorWorker.terminate();
    return results;
  },
};
