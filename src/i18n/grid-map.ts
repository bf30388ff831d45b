import type { ServicePointKind } from '../model/vocabulary.js';
import { defineCatalog } from './catalog.js';

export type KindNames = Record<ServicePointKind, string>;

/** The source strings (zh-Hans): their shape is the type the translations must match. */
const source = {
  region: '网格地图',
  zoomIn: '放大',
  zoomOut: '缩小',
  skipMap: '跳过地图,到网格列表',
  findTitle: '查找我的网格',
  locate: '用我的位置查找',
  locating: '正在获取您的位置…',
  /** `or`: after the locate button (absent where the page cannot ask for a position). */
  pointLabel: (or: boolean) => `${or ? '或' : ''}输入坐标(经度,纬度)`,
  pointExample: '例如 119.955,31.785',
  pointSubmit: '查找',
  pointInvalid: '请按“经度,纬度”输入坐标,例如 119.955,31.785。',
  denied: '无法使用您的位置:本网页未获准定位。可在浏览器设置中允许定位,或输入坐标,或在下方列表中选择网格。',
  unavailable: '暂时无法获取您的位置。请稍后重试,或在下方列表中选择网格。',
  timeout: '获取位置超时。请重试,或在下方列表中选择网格。',
  unsupported: '此浏览器无法提供位置。请输入坐标,或在下方列表中选择网格。',
  outside: '这个位置不在任何网格内。请检查位置,或在下方列表中选择网格。',
  found: (grid: string, community: string, workers: string) => `您所在的网格:${grid}(${community}),${workers}。`,
  selected: (grid: string, community: string, workers: string) => `已选择 ${grid}(${community}),${workers}。`,
  workerCount: (count: number) => (count === 0 ? '暂无工作人员' : `${count} 名工作人员`),
  listTitle: '网格列表',
  filterLabel: '按名称筛选网格',
  listCount: (shown: number, total: number) => (shown < total ? `显示 ${shown} 个,共 ${total} 个网格,输入名称可缩小范围` : `共 ${total} 个网格`),
  noMatch: '没有名称相符的网格。',
  skipped: (count: number) => `有 ${count} 个网格的边界数据有误,未能显示。`,
  empty: '暂无网格数据。',
  missing: 'src="数据文件地址" 或 api="接口地址"',
  point: {
    address: '地址',
    hours: '开放时间',
    call: '拨打',
    close: '关闭服务点信息',
  },
  pointKinds: {
    meal: '老年助餐点',
    childcare: '小学生接送看护站',
    activity: '居民活动室',
    health: '卫生服务站',
    'service-hall': '党群服务中心',
    other: '服务点',
  } satisfies KindNames,
};

export type GridMapMessages = typeof source;

export const gridMapMessages = defineCatalog(source, {
  'zh-Hant': () => import('./zh-Hant/grid-map.js'),
  en: () => import('./en/grid-map.js'),
});
