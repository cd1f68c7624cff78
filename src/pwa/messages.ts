/** Interface strings for offline use, updates and unsupported browsers, in Chinese and English. */
export const PWA_MESSAGES = {
  updateReady: {
    zh: '笔记本有新版本（程序或数据已更新）。',
    en: 'A new version of the notebook is available (program or data updated).',
  },
  updateReload: { zh: '重新加载', en: 'Reload' },
  updateLater: { zh: '稍后', en: 'Later' },
  updateKeepsLink: {
    zh: '当前笔记本保存在地址中，重新加载后仍在。',
    en: 'Your notebook is kept in the address and survives the reload.',
  },
  offlineReady: {
    zh: '已可离线使用：断网后也能打开并运行查询。',
    en: 'Ready offline: the notebook opens and runs queries without a network.',
  },
  dismiss: { zh: '关闭', en: 'Dismiss' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type PwaMessageKey = keyof typeof PWA_MESSAGES;
