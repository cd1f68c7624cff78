import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './App.svelte';
import Unsupported from './components/Unsupported.svelte';
import { missingFeatures } from './pwa/browserSupport';
import { ServiceWorkerUpdates } from './pwa/serviceWorkerUpdates.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const missing = missingFeatures();
if (missing.length) {
  mount(Unsupported, { target, props: { missing } });
} else {
  // Service workers exist only on https and localhost; elsewhere the notebook still works, online.
  const updates = new ServiceWorkerUpdates('serviceWorker' in navigator ? registerSW : null);
  mount(App, { target, props: { updates } });
}
