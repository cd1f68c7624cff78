import type { ChartError } from './ChartError';
import type { ChartMark } from './spec';

const LABELS = {
  zh: {
    mark: '图形',
    x: 'X 轴',
    y: 'Y 轴',
    color: '颜色',
    facet: '分面',
    none: '—',
    svg: '下载 SVG',
    png: '下载 PNG',
    chart: '图表',
    exporting: '正在导出…',
    exportFailed: '导出失败',
    marks: { bar: '柱状图', line: '折线图', dot: '散点图', area: '面积图', cell: '热力图' },
  },
  en: {
    mark: 'Mark',
    x: 'X axis',
    y: 'Y axis',
    color: 'Colour',
    facet: 'Facet',
    none: '—',
    svg: 'Download SVG',
    png: 'Download PNG',
    chart: 'Chart',
    exporting: 'Exporting…',
    exportFailed: 'Export failed',
    marks: { bar: 'Bars', line: 'Line', dot: 'Dots', area: 'Area', cell: 'Heatmap' },
  },
} satisfies Record<'zh' | 'en', Record<string, unknown> & { marks: Record<ChartMark, string> }>;

/** Returns the chart cell's labels in the reader's language. */
export function chartLabels(lang: 'zh' | 'en') {
  return LABELS[lang];
}

const AXIS_ZH = { x: 'X 轴', y: 'Y 轴', color: '颜色', facet: '分面' };

/** Says why a chart cannot be drawn, in the reader's language. */
export function chartErrorMessage(error: ChartError, lang: 'zh' | 'en'): string {
  if (lang === 'en') return error.message;
  const { column, axis, count, available } = error.detail;
  const where = axis ? AXIS_ZH[axis] : '';
  switch (error.code) {
    case 'no-result':
      return '先运行查询,再绘制图表。';
    case 'no-rows':
      return '结果中没有可绘制的数值行。';
    case 'missing-column':
      return `结果中没有列“${column}”(${where});可选列:${(available ?? []).join('、')}。`;
    case 'needs-numeric':
      return column
        ? `${where}需要数值列,“${column}”是文本。`
        : '柱状图需要一个数值列作 X 轴或 Y 轴(或留空一轴以计数)。';
    case 'needs-axis':
      return '请为 X 轴和 Y 轴各选一列。';
    case 'too-many-facets':
      return `“${column}”有 ${count} 个取值,分面太多;请选取值更少的列。`;
  }
}
