// Where the pane remembers the officer's choices (the language): localStorage, which every Office
// host's web view keeps per add-in origin, so the choice follows the officer from workbook to
// workbook on one machine. (Office's roamingSettings exist in Outlook only, not in Excel.)

export interface SettingsStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export const LANG_SETTING = 'pii.lang';

/** localStorage, or memory when storage is unavailable (private mode, sandboxed frames). */
export function browserSettings(storage: Storage | undefined = safeLocalStorage()): SettingsStore {
  const memory = new Map<string, string>();
  return {
    get: (key) => {
      try {
        return storage?.getItem(key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set: (key, value) => {
      memory.set(key, value);
      try {
        storage?.setItem(key, value);
      } catch {
        // Storage refused (quota, privacy mode): the memory copy still serves this session.
      }
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
