import type { AdapterErrorCode } from '../adapters/adapter-error.js';
import { defineMessages } from './catalog.js';

type ErrorMessages = Record<AdapterErrorCode, string>;

const zhHansErrors: ErrorMessages = {
  'not-configured': '尚未配置数据来源。',
  network: '网络连接失败,请检查网络后重试。',
  timeout: '服务器响应超时,请稍后重试。',
  server: '服务器暂时出现问题,请稍后重试。',
  'rate-limited': '请求过于频繁,请稍候再试。',
  'invalid-data': '数据格式有误,暂时无法显示。',
  'not-found': '没有找到相应的信息。',
  rejected: '请求未被接受。',
  aborted: '请求已取消。',
};

export const commonMessages = defineMessages(
  {
    loading: '正在加载…',
    retry: '重试',
    empty: '暂无信息。',
    notConfigured: '此组件尚未配置。',
    notConfiguredHint: (what: string) => `网站管理员请设置 ${what}。`,
    errors: zhHansErrors,
    dataPath: (path: string) => `出错位置:${path}`,
    readAloud: '朗读',
    readAloudWhat: (what: string) => `:${what}`,
  },
  {
    'zh-Hant': {
      loading: '正在載入…',
      retry: '重試',
      empty: '暫無資訊。',
      notConfigured: '此元件尚未設定。',
      notConfiguredHint: (what: string) => `網站管理員請設定 ${what}。`,
      errors: {
        'not-configured': '尚未設定資料來源。',
        network: '網路連線失敗,請檢查網路後重試。',
        timeout: '伺服器回應逾時,請稍後重試。',
        server: '伺服器暫時出現問題,請稍後重試。',
        'rate-limited': '請求過於頻繁,請稍候再試。',
        'invalid-data': '資料格式有誤,暫時無法顯示。',
        'not-found': '沒有找到相應的資訊。',
        rejected: '請求未被接受。',
        aborted: '請求已取消。',
      } satisfies ErrorMessages,
      dataPath: (path: string) => `出錯位置:${path}`,
      readAloud: '朗讀',
      readAloudWhat: (what: string) => `:${what}`,
    },
    en: {
      loading: 'Loading…',
      retry: 'Try again',
      empty: 'Nothing to show yet.',
      notConfigured: 'This widget is not configured yet.',
      notConfiguredHint: (what: string) => `Site administrators: set ${what}.`,
      errors: {
        'not-configured': 'No data source is configured.',
        network: 'Could not connect. Check your connection and try again.',
        timeout: 'The server took too long to answer. Please try again later.',
        server: 'The server has a problem right now. Please try again later.',
        'rate-limited': 'Too many requests. Please wait a moment and try again.',
        'invalid-data': 'The data is malformed and cannot be shown.',
        'not-found': 'Nothing was found for this item.',
        rejected: 'The request was not accepted.',
        aborted: 'The request was cancelled.',
      } satisfies ErrorMessages,
      dataPath: (path: string) => `Problem at: ${path}`,
      readAloud: 'Read aloud',
      readAloudWhat: (what: string) => `: ${what}`,
    },
  },
);
