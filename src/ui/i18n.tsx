// The pane's language: Vietnamese by default, English by a remembered switch.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Text } from '../catalog/types';
import { format, formatNumber, type Lang, type Params, type StringKey } from '../messages/pane';
import { LANG_SETTING, type SettingsStore } from './settings';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: StringKey, params?: Params): string;
  /** A catalog or engine text ({vi, en}) in the pane's language. */
  tx(text: Text | undefined): string;
  num(value: number | null | undefined, digits?: number): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(settings: SettingsStore): Lang {
  return settings.get(LANG_SETTING) === 'en' ? 'en' : 'vi';
}

export function I18nProvider({ settings, children }: { settings: SettingsStore; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang(settings));
  const setLang = useCallback(
    (next: Lang) => {
      settings.set(LANG_SETTING, next);
      setLangState(next);
    },
    [settings],
  );
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => format(lang, key, params),
      tx: (text) => (text ? text[lang] || text.vi : ''),
      num: (v, digits) => formatNumber(lang, v, digits),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
