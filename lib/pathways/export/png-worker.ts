import "server-only";

import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";

import { AppError } from "@/lib/errors";

// resvg draws synchronously: on the server's own thread a large map would stop every other
// request until it is done (a pathway of 500 steps took over half a minute). So each PNG is drawn
// in a worker thread, one at a time, within a size and a time budget, and the pictures of the
// last few pathway revisions are kept.

/** The most pixels a picture may have (at twice the map's size): about 60 megapixels. */
export const PNG_PIXEL_BUDGET = 60_000_000;
/** How long one drawing may take before it is abandoned. */
export const PNG_TIME_BUDGET_MS = 20_000;
const ZOOM = 2;
const CACHED_PICTURES = 16;

// The worker's own code, run as a CommonJS script so that it needs no file of its own in the
// build. It takes the SVG and answers with the PNG's bytes or the error's message.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { Resvg } = require("@resvg/resvg-js");
try {
  const resvg = new Resvg(workerData.svg, {
    font: { loadSystemFonts: true, defaultFontFamily: "Arial" },
    fitTo: { mode: "zoom", value: workerData.zoom },
    background: "#ffffff",
  });
  const png = resvg.render().asPng();
  parentPort.postMessage({ ok: true, png }, [png.buffer]);
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error && error.message || error) });
}
`;

type WorkerAnswer = { ok: true; png: Uint8Array } | { ok: false; message: string };

export const tooLargeToDraw = () =>
  new AppError(
    "VALIDATION",
    "This map is too large to draw as a PNG picture. Download it as SVG instead, which any browser opens.",
  );

/** The size an SVG document says it has, in pixels, or null when it does not say. */
export function svgPixelSize(svg: string): { width: number; height: number } | null {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(tag)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(tag)?.[1]);
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0
    ? { width, height }
    : null;
}

export interface DrawOptions {
  pixelBudget?: number;
  timeBudgetMs?: number;
}

let queue: Promise<unknown> = Promise.resolve();
const cache = new Map<string, Uint8Array<ArrayBuffer>>();

/** Counts drawings made in a worker thread, for tests. */
export const pngWorkerStats = { drawn: 0 };

function drawInWorker(svg: string, timeBudgetMs: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { svg, zoom: ZOOM },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    pngWorkerStats.drawn += 1;
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(tooLargeToDraw());
    }, timeBudgetMs);
    worker.once("message", (answer: WorkerAnswer) => {
      clearTimeout(timer);
      void worker.terminate();
      if (answer.ok) resolve(new Uint8Array(answer.png));
      else reject(new Error(`Drawing the map failed: ${answer.message}`));
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * The map as a PNG, drawn off the server's thread. Pictures are kept by the map's content (its
 * pathway's revision, and the readiness it shows, which data needs elsewhere can change), so each
 * is drawn once. A map past the size or time budget is refused with an AppError (422) that says to
 * use the SVG.
 */
export async function drawMapPng(
  svg: string,
  { pixelBudget = PNG_PIXEL_BUDGET, timeBudgetMs = PNG_TIME_BUDGET_MS }: DrawOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const cacheKey = createHash("sha256").update(svg).digest("base64url");
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const size = svgPixelSize(svg);
  if (!size || size.width * size.height * ZOOM * ZOOM > pixelBudget) throw tooLargeToDraw();

  // One drawing at a time: the others wait their turn rather than share the processor.
  const drawing = queue.then(() => drawInWorker(svg, timeBudgetMs));
  queue = drawing.catch(() => undefined);
  const png = await drawing;
  cache.set(cacheKey, png);
  while (cache.size > CACHED_PICTURES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return png;
}
