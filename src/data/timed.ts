/**
 * Runs `task` and records its duration as a `performance.measure` entry called `name`, so benchmarks
 * and the browser's performance panel see where loading and queries spend their time.
 */
export async function timed<T>(name: string, task: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await task();
  } finally {
    performance.measure?.(name, { start, end: performance.now() });
  }
}
