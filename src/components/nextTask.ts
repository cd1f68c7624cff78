/**
 * Resolves in a new task, after what the event loop already holds (worker messages, network, input), where a
 * microtask would run first. A message channel, not setTimeout, whose nested calls are clamped to 4 ms.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
