import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { describe, expect, it } from 'vitest';
import {
  ServiceWorkerUpdates,
  UPDATE_CHECK_MS,
  type RegisterServiceWorker,
} from '../../../src/pwa/serviceWorkerUpdates.svelte';

function fakeRegister() {
  const calls: RegisterSWOptions[] = [];
  const activations: (boolean | undefined)[] = [];
  const register: RegisterServiceWorker = (options) => {
    calls.push(options);
    return async (reload) => void activations.push(reload);
  };
  return { register, calls, activations };
}

function fakeTimers() {
  const intervals: [() => void, number][] = [];
  return { intervals, setInterval: (fn: () => void, ms: number) => intervals.push([fn, ms]) };
}

describe('ServiceWorkerUpdates', () => {
  it('registers once, however often it is started', () => {
    const sw = fakeRegister();
    const updates = new ServiceWorkerUpdates(sw.register, fakeTimers());
    updates.start();
    updates.start();
    expect(sw.calls).toHaveLength(1);
  });

  it('offers a waiting version and activates it only when asked', async () => {
    const sw = fakeRegister();
    const updates = new ServiceWorkerUpdates(sw.register, fakeTimers());
    updates.start();
    sw.calls[0]!.onNeedRefresh!();
    expect(updates.needRefresh).toBe(true);
    expect(sw.activations).toEqual([]);
    await updates.reload();
    expect(sw.activations).toEqual([true]);
  });

  it('hides the offer on later without activating anything', () => {
    const sw = fakeRegister();
    const updates = new ServiceWorkerUpdates(sw.register, fakeTimers());
    updates.start();
    sw.calls[0]!.onNeedRefresh!();
    updates.later();
    expect(updates.needRefresh).toBe(false);
    expect(sw.activations).toEqual([]);
  });

  it('reports offline readiness and registration failures', () => {
    const sw = fakeRegister();
    const updates = new ServiceWorkerUpdates(sw.register, fakeTimers());
    updates.start();
    sw.calls[0]!.onOfflineReady!();
    sw.calls[0]!.onRegisterError!(new Error('SecurityError: insecure origin'));
    expect([updates.offlineReady, updates.unavailable]).toEqual([true, 'SecurityError: insecure origin']);
  });

  it('says why offline use is unavailable where service workers are not (plain http)', () => {
    const updates = new ServiceWorkerUpdates(null, fakeTimers());
    updates.start();
    expect(updates.unavailable).toMatch(/https or localhost/);
  });

  it('asks the host for a new version every hour while the tab stays open', async () => {
    const sw = fakeRegister();
    const timers = fakeTimers();
    const updates = new ServiceWorkerUpdates(sw.register, timers);
    updates.start();
    let checks = 0;
    sw.calls[0]!.onRegisteredSW!('./sw.js', {
      update: async () => void checks++,
    } as unknown as ServiceWorkerRegistration);
    expect(timers.intervals.map(([, ms]) => ms)).toEqual([UPDATE_CHECK_MS]);
    timers.intervals[0]![0]();
    expect(checks).toBe(1);
  });
});
