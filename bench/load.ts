import autocannon from "autocannon";

export interface LoadOptions {
  connections: number;
  /** Sent with every request, e.g. a session cookie. */
  headers?: Record<string, string>;
  /** Seconds of measured load. */
  duration: number;
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  non2xx: number;
  /** Connection errors and timeouts: requests that got no response at all. */
  errors: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Sends `amount` requests (or load for `duration` seconds) from `connections` concurrent
 * connections and returns the figures. Latencies are every response's own time, not autocannon's
 * histogram, which has no 95th percentile and rounds to whole milliseconds.
 */
async function hammer(
  url: string,
  { connections, headers }: LoadOptions,
  limit: { duration: number } | { amount: number },
): Promise<LoadFigures & { latencies: number[] }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, headers, timeout: 30, ...limit },
      (error, done) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    requestsPerSecond: round(result.duration > 0 ? latencies.length / result.duration : 0, 1),
    latencyMs: {
      p50: round(percentile(latencies, 50), 2),
      p95: round(percentile(latencies, 95), 2),
      p99: round(percentile(latencies, 99), 2),
    },
    non2xx: result.non2xx,
    errors: result.errors,
    latencies,
  };
}

/**
 * Loads each of `urls` (one page on several app processes) at once, the connections shared out
 * between them, and adds up their figures.
 */
async function hammerAll(
  urls: string[],
  options: LoadOptions,
  limit: { duration: number } | { amount: number },
): Promise<LoadFigures> {
  const share = (total: number, index: number) =>
    Math.floor(total / urls.length) + (index < total % urls.length ? 1 : 0);
  const parts = await Promise.all(
    urls.map((url, index) =>
      hammer(
        url,
        { ...options, connections: Math.max(1, share(options.connections, index)) },
        "amount" in limit ? { amount: Math.max(1, share(limit.amount, index)) } : limit,
      ),
    ),
  );
  const latencies = parts.flatMap((part) => part.latencies).sort((a, b) => a - b);
  return {
    requests: latencies.length,
    requestsPerSecond: round(
      parts.reduce((sum, part) => sum + part.requestsPerSecond, 0),
      1,
    ),
    latencyMs: {
      p50: round(percentile(latencies, 50), 2),
      p95: round(percentile(latencies, 95), 2),
      p99: round(percentile(latencies, 99), 2),
    },
    non2xx: parts.reduce((sum, part) => sum + part.non2xx, 0),
    errors: parts.reduce((sum, part) => sum + part.errors, 0),
  };
}

/** A few requests whose figures are thrown away: they load and JIT-compile the page's code. */
export async function warmUp(urls: string[], options: LoadOptions): Promise<LoadFigures> {
  return hammerAll(urls, options, { amount: Math.max(20, options.connections * 3) });
}

export async function measure(urls: string[], options: LoadOptions): Promise<LoadFigures> {
  return hammerAll(urls, options, { duration: options.duration });
}
