import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { drawMapPng, pngWorkerStats, svgPixelSize } from "@/lib/pathways/export/png-worker";

// Finding 4 of the security review: the PNG export drew on the server's own thread, so one large
// map stopped every other request. It now draws in a worker thread within a budget.
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

function svg(width: number, height: number, label: string) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect x="10" y="10" width="40" height="20" fill="#005eb8"/><text x="10" y="50">${label}</text></svg>`;
}

describe("the map as a PNG", () => {
  it("is drawn in a worker thread while the server's own thread goes on", async () => {
    const before = pngWorkerStats.drawn;
    let settled = false;
    const drawing = drawMapPng(svg(200, 100, `worker ${Date.now()}`)).finally(() => {
      settled = true;
    });
    // Had it been drawn on this thread, it would be done before anything else could run.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);

    const png = await drawing;
    expect([...png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(pngWorkerStats.drawn).toBe(before + 1);
  });

  it("is drawn once for each revision of the map", async () => {
    const map = svg(120, 80, `cached ${Date.now()}`);
    const first = await drawMapPng(map);
    const drawn = pngWorkerStats.drawn;

    expect(await drawMapPng(map)).toBe(first);
    expect(pngWorkerStats.drawn).toBe(drawn);
  });

  it("is refused with a clear message past the size budget, without drawing", async () => {
    const drawn = pngWorkerStats.drawn;
    const refusal = await drawMapPng(svg(40_000, 30_000, "huge")).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).status).toBe(422);
    expect((refusal as AppError).message).toMatch(/too large.*SVG/);
    expect(pngWorkerStats.drawn).toBe(drawn);
  });

  it("is refused when the map does not say its size", async () => {
    await expect(drawMapPng("<svg xmlns='http://www.w3.org/2000/svg'/>")).rejects.toBeInstanceOf(
      AppError,
    );
    expect(svgPixelSize(svg(300, 200, "x"))).toEqual({ width: 300, height: 200 });
  });
});
