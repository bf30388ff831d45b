import type { CommonMessages, ErrorMessages } from '../common.js';

/** Traditional Chinese (繁體) strings of every widget, loaded when a page shows that language. */
export default {
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
} satisfies CommonMessages;
