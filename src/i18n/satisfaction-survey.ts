import type { Rating5Level } from '../model/survey.js';
import { defineCatalog } from './catalog.js';

export type LevelNames = Record<Rating5Level, string>;

/** The source strings (zh-Hans): their shape is the type the translations must match. */
const source = {
  // The official 好差评 wording (GB/T 39734-2020): do not paraphrase.
  levels: {
    'very-satisfied': '非常满意',
    satisfied: '满意',
    basic: '基本满意',
    dissatisfied: '不满意',
    'very-dissatisfied': '非常不满意',
  } satisfies LevelNames,
  required: '(必答)',
  missing: 'survey="问卷编号"',
  closed: (date: string) => `本次调查已于 ${date} 结束,感谢关注。`,
  notOpen: (date: string) => `本次调查将于 ${date} 开始。`,
  draftNote: '您填写的答案会暂存在本设备上,提交后自动清除;联系电话不会暂存。',
  submit: '提交',
  submitting: '正在提交…',
  next: '下一步',
  back: '上一步',
  progress: (step: number, total: number) => `第 ${step} 步,共 ${total} 步`,
  summaryTitle: '请修改以下问题',
  errorPrefix: '错误:',
  scaleRange: (min: number, max: number) => `${min} 到 ${max} 分`,
  choiceCount: (min: number | undefined, max: number | undefined) =>
    min && max ? `请选择 ${min}–${max} 项` : max ? `最多选择 ${max} 项` : `至少选择 ${min ?? 1} 项`,
  charsLeft: (left: number) => `还可以输入 ${left} 字`,
  charsOver: (over: number) => `已超出 ${over} 字`,
  charLimit: (max: number) => `不超过 ${max} 字`,
  problemRequired: (title: string) => `请回答“${title}”`,
  problemMatrixIncomplete: (items: readonly string[]) => `请对“${items.join('”“')}”作出评价`,
  problemTooFew: (title: string, min: number) => `“${title}”请至少选择 ${min} 项`,
  problemTooMany: (title: string, max: number) => `“${title}”最多只能选择 ${max} 项`,
  problemTooLong: (title: string, max: number) => `“${title}”不能超过 ${max} 字`,
  problemReasonRequired: () => '请写明不满意的原因',
  problemPhoneRequired: () => '请填写联系电话,或取消勾选回访同意',
  problemPhoneInvalid: () => '请填写正确的手机号码或固定电话,如 13912345678 或 0519-86600000',
  problemNameTooLong: (max: number) => `称呼不能超过 ${max} 字`,
  followUpTitle: '请告诉我们哪里不满意',
  reasonLabel: '不满意的原因',
  reasonHint: '我们会据此改进服务。请勿填写身份证号等个人信息。',
  contactTitle: '需要工作人员回访吗?(可选)',
  consentLabel: (receiver: string, days: number) =>
    `我同意将下面填写的联系电话和称呼提供给${receiver},仅用于就本次评价与我联系回访,${days} 天后删除。`,
  consentNote: '不勾选也可以提交,评价将匿名提交,不会附带联系方式。',
  defaultReceiver: '本调查的发布单位',
  phoneLabel: '联系电话',
  phoneHint: '手机号码或固定电话,如 13912345678、0519-86600000',
  nameLabel: '称呼(可选)',
  nameHint: '如“王女士”',
  sentTitle: '感谢您的评价!',
  sentBody: '您的评价已成功提交。',
  receipt: '回执编号:',
  receiptHint: '查询或咨询时请提供此编号。',
  followUpPromise: '工作人员会通过您留下的电话与您联系回访。',
  resultsLink: '查看调查结果反馈',
  queuedTitle: '答案已保存在本设备上',
  queuedBody: '暂时无法送达服务器。网络恢复后会自动提交;若现在关闭页面,下次打开本页面时会继续提交。',
  queuedNotConfigured: '网站尚未开通在线提交,答案会保存在本设备上,开通后自动提交。',
  sendNow: '立即重新发送',
  failedTitle: '提交未成功',
  failedHint: '您可以重新提交,或放弃这次提交并返回修改答案。',
  failedNotConfigured: '网站尚未开通在线提交,答案暂时也未能保存在本设备上。请稍后再试,或通过其他方式反映意见。',
  failedOfflineTitle: '答案尚未提交',
  failedOffline: '答案仍在本页面中,尚未保存到本设备上。网络恢复后会自动重新提交,在此之前请不要关闭本页面。',
  retry: '重新提交',
  discard: '放弃提交,返回修改',
};

export type SurveyMessages = typeof source;

/** Strings of `<cw-satisfaction-survey>`. Survey titles and options are data and are shown as written. */
export const surveyMessages = defineCatalog(source, {
  'zh-Hant': () => import('./zh-Hant/satisfaction-survey.js'),
  en: () => import('./en/satisfaction-survey.js'),
});
