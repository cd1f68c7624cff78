import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** vite-plugin-pwa's registerSW: registers the worker and returns the function that activates a waiting version. */
export type RegisterServiceWorker = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/** How often an open tab asks the host whether a new version was deployed (the browser also asks on each visit). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
}

/**
 * The service worker as the page sees it: whether the app and data are stored for offline use, and whether a
 * newer deployment is waiting. A new version is never taken silently — the old worker keeps serving the old app
 * with the old data until the user chooses to reload, so one page never mixes two versions.
 */
export class ServiceWorkerUpdates {
  offlineReady = $state(false);
  needRefresh = $state(false);
  /** Why offline use is unavailable (no service worker support, an insecure page, a failed registration). */
  unavailable = $state<string | null>(null);

  #register: RegisterServiceWorker | null;
  #timers: Timers;
  #activate: ((reloadPage?: boolean) => Promise<void>) | null = null;

  constructor(register: RegisterServiceWorker | null, timers: Timers = globalThis) {
    this.#register = register;
    this.#timers = timers;
  }

  /** Registers the worker once; call it after the first data load so its precaching does not compete with it. */
  start(): void {
    if (this.#activate || this.unavailable) return;
    if (!this.#register) {
      this.unavailable = 'service workers are not available on this page (they need https or localhost)';
      return;
    }
    this.#activate = this.#register({
      onNeedRefresh: () => (this.needRefresh = true),
      onOfflineReady: () => (this.offlineReady = true),
      onRegisteredSW: (_url, registration) => registration && this.#checkPeriodically(registration),
      onRegisterError: (error: unknown) => (this.unavailable = error instanceof Error ? error.message : String(error)),
    });
  }

  /** Activates the waiting version; the page reloads once it has taken over. */
  async reload(): Promise<void> {
    await this.#activate?.(true);
  }

  /** Hides the prompt; the new version is used on the next visit after every tab of the old one is closed. */
  later(): void {
    this.needRefresh = false;
  }

  /** Hides the offline notice. */
  dismissOfflineReady(): void {
    this.offlineReady = false;
  }

  #checkPeriodically(registration: Pick<ServiceWorkerRegistration, 'update'>): void {
    this.#timers.setInterval(() => {
      // Offline (on a train) the check would fail anyway; the next interval tries again.
      if (globalThis.navigator?.onLine === false) return;
      registration.update().catch(() => undefined);
    }, UPDATE_CHECK_MS);
  }
}
