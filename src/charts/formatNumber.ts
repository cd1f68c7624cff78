/**
 * Returns a tick formatter for amounts up to `maxAbs`: when they reach 10,000, every tick is compact — in Chinese
 * 万 and 亿 (36亿, 5000), in English K/M/B — so one axis never mixes 5,000 with 1万.
 */
export function formatNumber(maxAbs: number, lang: 'zh' | 'en'): (value: number) => string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const format =
    Math.abs(maxAbs) >= 10_000
      ? new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (value) => (Number.isFinite(value) ? format.format(value) : '');
}
