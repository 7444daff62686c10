/** t(): look up a UI string and fill {placeholders}. Also the default-language rule. */
import type { Lang } from '../url/state.ts';
import { MESSAGES, type MessageKey } from './messages.ts';

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : m,
  );
}

/** zh for any Chinese browser locale, en otherwise. */
export function langFromNavigator(languages: readonly string[] | undefined): Lang {
  const first = languages?.find((l) => l.trim() !== '') ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** A data name in the chosen language; falls back to Chinese when no English name exists. */
export function pickName(row: { name_zh: string; name_en?: string | null }, lang: Lang): string {
  return lang === 'en' && row.name_en ? row.name_en : row.name_zh;
}

/** The language a displayed name is written in: its English form only when one was shown (for `lang=`). */
export function langOfName(label: string, nameZh: string, lang: Lang): Lang {
  return lang === 'en' && label !== nameZh ? 'en' : 'zh';
}
