import { MESSAGES, type MessageKey } from './messages';

export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'notebook.lang';

/** The interface language: a toggle remembered in localStorage (when the browser allows it). */
export class Language {
  lang = $state<Lang>('zh');
  #storage: Pick<Storage, 'getItem' | 'setItem'> | null;

  constructor(storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
    this.#storage = storage;
    const saved = safely(() => storage?.getItem(STORAGE_KEY));
    if (saved === 'zh' || saved === 'en') this.lang = saved;
  }

  /** Returns the interface string for a key in the current language. */
  t = (key: MessageKey): string => MESSAGES[key][this.lang];

  /** Switches between Chinese and English and remembers the choice. */
  toggle(): void {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
    safely(() => this.#storage?.setItem(STORAGE_KEY, this.lang));
  }
}

// Private browsing and sandboxed frames may throw on storage access; the language then lasts the visit.
function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
