import type { AdapterErrorCode } from '../adapters/adapter-error.js';
import { defineCatalog } from './catalog.js';

export type ErrorMessages = Record<AdapterErrorCode, string>;

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

/** The source strings (zh-Hans): their shape is the type the translations must match. */
const source = {
  loading: '正在加载…',
  retry: '重试',
  empty: '暂无信息。',
  notConfigured: '此组件尚未配置。',
  notConfiguredHint: (what: string) => `网站管理员请设置 ${what}。`,
  errors: zhHansErrors,
  dataPath: (path: string) => `出错位置:${path}`,
  readAloud: '朗读',
  readAloudWhat: (what: string) => `:${what}`,
};

export type CommonMessages = typeof source;

export const commonMessages = defineCatalog(source, {
  'zh-Hant': () => import('./zh-Hant/common.js'),
  en: () => import('./en/common.js'),
});
