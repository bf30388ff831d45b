import type { WorkerCardMessages } from '../worker-card.js';

/** Traditional Chinese (繁體) strings of `cw-worker-card`, loaded when a page shows that language. */
export default {
  roles: {
    'grid-leader': '網格長',
    'grid-worker': '網格員',
    'micro-grid-leader': '微網格長',
    'social-worker': '社工',
    police: '社區民警',
    lawyer: '法律顧問',
    other: '工作人員',
  },
  call: '撥打',
  phoneKinds: { work: '工作電話', mobile: '手機', hotline: '熱線' },
  office: '辦公地點',
  hours: '辦公時間',
  duties: '主要職責',
  saveContact: '儲存聯絡人',
  saveBlocked: '微信裡不能直接儲存聯絡人:請點右上角「···」,選「在瀏覽器開啟」後再儲存。',
  contactOf: (name: string) => `(${name})`,
  team: (grid: string) => `${grid} 工作人員`,
  teamCount: (count: number) => `共 ${count} 人`,
  gridOf: (grid: string, community: string) => `${community} · ${grid}`,
  noPhone: '暫未公開聯絡電話',
  emptyTeam: '該網格暫未登記工作人員。',
  missing: 'worker="工作人員編號"、grid="網格編號" 或 for="地圖元素 id"',
  label: '網格工作人員聯絡卡',
} satisfies WorkerCardMessages;
