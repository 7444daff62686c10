import { describe, expect, it } from 'vitest';
import { formatValue, periodLabel, unitLabel } from '../../../src/lib/i18n/format.ts';
import { MESSAGES } from '../../../src/lib/i18n/messages.ts';
import { langFromNavigator, pickName, t } from '../../../src/lib/i18n/translate.ts';

const CJK = /[\u3400-\u9fff]/u;

describe('messages', () => {
  it('both languages have the same keys and no empty string where the other has text', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
  });

  it('English strings contain no Chinese except the language switch (a language name)', () => {
    const offenders = Object.entries(MESSAGES.en).filter(([k, v]) => k !== 'switchLang' && CJK.test(v));
    expect(offenders).toEqual([]);
  });

  it('t fills placeholders and leaves unknown ones', () => {
    expect(t('en', 'noDataFor', { name: 'Huadu' })).toBe('Huadu: no data');
    expect(t('zh', 'noDataFor', {})).toBe('{name}：无数据');
  });
});

describe('language and names', () => {
  it('defaults from navigator languages', () => {
    expect(langFromNavigator(['zh-CN', 'en'])).toBe('zh');
    expect(langFromNavigator(['en-GB'])).toBe('en');
    expect(langFromNavigator([])).toBe('en');
    expect(langFromNavigator(undefined)).toBe('en');
  });

  it('English name falls back to Chinese when missing', () => {
    expect(pickName({ name_zh: '花都区', name_en: 'Huadu District' }, 'en')).toBe('Huadu District');
    expect(pickName({ name_zh: '花都区', name_en: null }, 'en')).toBe('花都区');
    expect(pickName({ name_zh: '花都区', name_en: 'Huadu District' }, 'zh')).toBe('花都区');
  });
});

describe('format', () => {
  it('formats values with units in both languages', () => {
    expect(formatValue(4066, 'cases', 'zh')).toBe('4,066件');
    expect(formatValue(4066, 'cases', 'en')).toBe('4,066 cases');
    expect(formatValue(95.5, 'percent', 'en')).toBe('95.5%');
    expect(unitLabel('unknown_unit', 'en')).toBe('unknown_unit');
    expect(periodLabel('h1', 2016, 'en')).toBe('2016 first half');
  });
});
