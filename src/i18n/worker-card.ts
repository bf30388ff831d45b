import type { WorkerRole } from '../model/vocabulary.js';
import { defineCatalog } from './catalog.js';

export type RoleNames = Record<WorkerRole, string>;

/** The source strings (zh-Hans): their shape is the type the translations must match. */
const source = {
  roles: {
    'grid-leader': '网格长',
    'grid-worker': '网格员',
    'micro-grid-leader': '微网格长',
    'social-worker': '社工',
    police: '社区民警',
    lawyer: '法律顾问',
    other: '工作人员',
  } satisfies RoleNames,
  call: '拨打',
  phoneKinds: { work: '工作电话', mobile: '手机', hotline: '热线' },
  office: '办公地点',
  hours: '办公时间',
  duties: '主要职责',
  saveContact: '保存联系人',
  saveBlocked: '微信里不能直接保存联系人:请点右上角“···”,选“在浏览器打开”后再保存。',
  contactOf: (name: string) => `(${name})`,
  team: (grid: string) => `${grid} 工作人员`,
  teamCount: (count: number) => `共 ${count} 人`,
  gridOf: (grid: string, community: string) => `${community} · ${grid}`,
  noPhone: '暂未公开联系电话',
  emptyTeam: '该网格暂未登记工作人员。',
  missing: 'worker="工作人员编号"、grid="网格编号" 或 for="地图元素 id"',
  label: '网格工作人员联系卡',
};

export type WorkerCardMessages = typeof source;

export const workerCardMessages = defineCatalog(source, {
  'zh-Hant': () => import('./zh-Hant/worker-card.js'),
  en: () => import('./en/worker-card.js'),
});
