#!/usr/bin/env node
/**
 * Writes demo/public/data/tianning.json: fictional community-service data for Tianning district (天宁区), Changzhou.
 *
 * Grids tile each community exactly: every community is a lattice of jittered points and neighbouring grids share
 * their edge points, so polygons neither overlap nor leave gaps. One grid has a hole (a market with its own
 * 专属网格 filling it) and one grid is a MultiPolygon. Coordinates are WGS84/CGCS2000 [lng, lat].
 * People, phone numbers and addresses are invented. Run: node scripts/generate-demo-data.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'demo/public/data/tianning.json');

// Deterministic pseudo-random numbers, so the file only changes when this script does.
let seed = 20261101;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const round6 = (n) => Math.round(n * 1e6) / 1e6;

const COUNTY = '320402'; // 天宁区 (GB/T 2260)
const OBJECT_CODE = '320400'; // 6-digit object code of the city-level grid system
const UPDATED = '2026-11-16T09:30:00+08:00';
const HOURS = '周一至周五 8:30—12:00, 13:30—17:30';

/** Streets and communities. `box` is [west, south, east, north]; rows × cols lattice cells. */
const COMMUNITIES = [
  {
    key: 'JQJ', name: '局前街社区', street: '天宁街道', streetCode: '001', code: '003',
    box: [119.952, 31.778, 119.962, 31.786], rows: 2, cols: 3,
    hotline: '0519-86601101', address: '局前街 18 号 局前街社区党群服务中心', span: 1,
  },
  {
    key: 'XFJ', name: '新丰街社区', street: '天宁街道', streetCode: '001', code: '007',
    box: [119.964, 31.786, 119.972, 31.794], rows: 2, cols: 2,
    hotline: '0519-86602202', address: '新丰街 126 号 新丰街社区党群服务中心', span: 2,
  },
  {
    key: 'BH', name: '北环社区', street: '兰陵街道', streetCode: '003', code: '011',
    box: [119.955, 31.790, 119.963, 31.798], rows: 2, cols: 2,
    hotline: '0519-86603303', address: '北环新村 21 幢旁 北环社区党群服务中心', span: 1,
  },
  {
    key: 'CE', name: '朝二社区', street: '兰陵街道', streetCode: '003', code: '015',
    box: [119.975, 31.770, 119.987, 31.778], rows: 2, cols: 3,
    hotline: '0519-86604404', address: '朝阳二村 36 幢 朝二社区党群服务中心', span: 1,
  },
  {
    key: 'LHSC', name: '丽华三村社区', street: '茶山街道', streetCode: '005', code: '021',
    box: [119.988, 31.780, 119.998, 31.788], rows: 2, cols: 2,
    hotline: '0519-86605505', address: '丽华三村 52 幢 丽华三村社区党群服务中心', span: 2,
  },
];
const byKey = Object.fromEntries(COMMUNITIES.map((c) => [c.key, c]));

// ---------------------------------------------------------------------------------------------------- geometry

/** Signed area (shoelace); > 0 means counter-clockwise. */
const signedArea = (ring) => {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
};
const orient = (ring, ccw) => ((signedArea(ring) > 0) === ccw ? ring : [...ring].reverse());
const close = (pts) => [...pts, pts[0]];

function lattice(c) {
  const [w, s, e, n] = c.box;
  const I = c.rows * 2, J = c.cols * 2;
  const dx = (e - w) / J, dy = (n - s) / I;
  const pts = [];
  for (let i = 0; i <= I; i++) {
    pts.push([]);
    for (let j = 0; j <= J; j++) {
      pts[i].push([round6(w + j * dx + (random() - 0.5) * 0.4 * dx), round6(s + i * dy + (random() - 0.5) * 0.4 * dy)]);
    }
  }
  return pts;
}

/** The 8-point ring of cell (r, c), counter-clockwise, shared edge points with its neighbours. */
function cellRing(P, r, c) {
  const i = 2 * r, j = 2 * c;
  return close([P[i][j], P[i][j + 1], P[i][j + 2], P[i + 1][j + 2], P[i + 2][j + 2], P[i + 2][j + 1], P[i + 2][j], P[i + 1][j]]);
}
const cellCenter = (P, r, c) => P[2 * r + 1][2 * c + 1];

// ---------------------------------------------------------------------------------------------------- grids

const grids = [];
const cells = {}; // community key → lattice, for placing points later

for (const c of COMMUNITIES) {
  const P = lattice(c);
  cells[c.key] = P;
  const list = [];
  for (let r = 0; r < c.rows; r++) for (let col = 0; col < c.cols; col++) list.push({ r, col, rings: [cellRing(P, r, col)] });

  let parts = list.map((cell) => ({ polygons: [cell.rings], cell }));
  let enclave = null;

  if (c.key === 'CE') {
    // 朝二社区 grid 1 owns two separate blocks (朝阳二村 east and a detached compound across the road): a MultiPolygon.
    const a = parts[0], b = parts[5];
    parts = [{ polygons: [a.polygons[0], b.polygons[0]], cell: a.cell }, ...parts.slice(1, 5)];
  }
  if (c.key === 'BH') {
    // 北环社区 grid 1 has a hole: the 北环菜场 market, which is its own dedicated grid.
    const { r, col } = parts[0].cell;
    const [cx, cy] = cellCenter(P, r, col);
    const [w, s, e, n] = c.box;
    const hx = ((e - w) / c.cols) * 0.16, hy = ((n - s) / c.rows) * 0.16;
    const hole = close([[cx - hx, cy - hy], [cx + hx, cy - hy * 0.8], [cx + hx * 0.9, cy + hy], [cx - hx * 1.1, cy + hy * 0.9]].map(([x, y]) => [round6(x), round6(y)]));
    parts[0].polygons = [[parts[0].polygons[0][0], orient(hole, false)]];
    enclave = orient(hole, true);
  }

  parts.forEach((p, k) => {
    const seq = String(k + 1).padStart(2, '0');
    const households = 260 + Math.round(random() * 420);
    // outer rings counter-clockwise, holes clockwise (RFC 7946 §3.1.6)
    const fix = (poly) => poly.map((ring, idx) => orient(ring, idx === 0));
    const boundary = p.polygons.length === 1
      ? { type: 'Polygon', coordinates: fix(p.polygons[0]) }
      : { type: 'MultiPolygon', coordinates: p.polygons.map(fix) };
    grids.push({
      id: `G-${c.key}-${seq}`,
      code: `${OBJECT_CODE}${COUNTY}${c.streetCode}${c.code}${seq}`,
      name: `${c.name}第${k + 1}网格`,
      community: c.name,
      street: c.street,
      kind: 'basic',
      boundary,
      households,
      population: Math.round(households * (2.3 + random() * 0.6)),
      workerIds: [],
      updatedAt: UPDATED,
    });
  });
  if (enclave) {
    const seq = String(parts.length + 1).padStart(2, '0');
    grids.push({
      id: `G-${c.key}-${seq}`,
      code: `${OBJECT_CODE}${COUNTY}${c.streetCode}${c.code}${seq}`,
      name: '北环菜场专属网格',
      community: c.name,
      street: c.street,
      kind: 'dedicated',
      boundary: { type: 'Polygon', coordinates: [enclave] },
      households: 0,
      population: 0,
      workerIds: [],
      updatedAt: UPDATED,
    });
  }
}

const gridsOf = (key) => grids.filter((g) => g.community === byKey[key].name);

// ---------------------------------------------------------------------------------------------------- workers

const NAMES = [
  '王建华', '李秀英', '张卫东', '陈丽娟', '杨志刚', '赵雪芬', '黄海涛', '周美玲', '吴国强', '徐晓燕', '孙立新',
  '朱红梅', '马俊杰', '胡春燕', '郭永清', '何慧敏', '高振华', '林雯雯', '罗明辉', '郑凤英', '梁亚琴', '谢宏伟',
  '宋佳怡', '唐晨曦', '许莉莉', '韩国平', '冯文静', '邓子豪', '曹玉兰', '彭海峰', '曾静怡', '肖鹏飞', '董丽萍',
  '袁志明', '潘秋月', '蒋伟民', '蔡金凤', '钱伟', '陆敏', '顾晓东', '恽雅琴', '庄卫国', '沈丹丹', '姚成', '殷芳',
];
let nameIndex = 0;
let phoneSeq = 0;
const workPhone = (c) => `0519-8660${c.hotline.slice(-4, -2)}${String(10 + ++phoneSeq).padStart(2, '0')}`;
const mobile = () => `1390519${String(1000 + ++phoneSeq * 37).padStart(4, '0')}`;
const photo = (n, publish) => ({ url: `../photos/avatar-0${(n % 6) + 1}.svg`, publish });

const workers = [];
const counters = {};
function addWorker(c, fields) {
  counters[c.key] = (counters[c.key] ?? 0) + 1;
  const id = `W-${String(COMMUNITIES.indexOf(c) + 1).padStart(2, '0')}${String(counters[c.key]).padStart(2, '0')}`;
  const w = {
    id,
    name: NAMES[nameIndex++],
    role: fields.role,
    ...(fields.title ? { title: fields.title } : {}),
    ...(fields.photo ? { photo: fields.photo } : {}),
    phones: fields.phones,
    office: fields.office ?? { address: `${c.address} 网格工作站`, hours: HOURS, publish: true },
    duties: fields.duties,
    gridIds: fields.gridIds,
    community: c.name,
    updatedAt: UPDATED,
  };
  workers.push(w);
  for (const gid of w.gridIds) grids.find((g) => g.id === gid).workerIds.push(id);
  return w;
}

const LEADER_DUTIES = ['统筹网格工作', '民情约谈', '矛盾调解', '特殊群体关爱'];
const WORKER_DUTIES = [
  ['信息采集', '巡查', '代办服务'],
  ['信息采集', '矛盾调解', '政策宣传'],
  ['巡查', '特殊群体关爱', '代办服务'],
  ['信息采集', '安全隐患排查', '垃圾分类督导'],
];
// Which photos are published, by community: 茶山街道 prints the worker's photo on its 民情联系卡.
const PHOTO_POLICY = { JQJ: [true, false, true], XFJ: [true, true], BH: [false, true, true], CE: [true, true, false], LHSC: [true, true] };

for (const c of COMMUNITIES) {
  const gs = gridsOf(c.key);
  // 网格长: one per two grids
  for (let k = 0; k * 2 < gs.length; k++) {
    const covered = gs.slice(k * 2, k * 2 + 2).map((g) => g.id);
    const publishPhoto = PHOTO_POLICY[c.key][k];
    const phones = [{ number: workPhone(c), kind: 'work', publish: true }];
    if (k % 2 === 0) phones.push({ number: mobile(), kind: 'mobile', publish: false });
    addWorker(c, {
      role: 'grid-leader',
      title: k === 0 ? '网格长（社区副书记）' : undefined,
      photo: photo(nameIndex, publishPhoto),
      phones,
      duties: LEADER_DUTIES,
      gridIds: covered,
    });
  }
  // 网格员: each covers `span` grids
  for (let k = 0; k * c.span < gs.length; k++) {
    const covered = gs.slice(k * c.span, k * c.span + c.span).map((g) => g.id);
    const phones = [{ number: workPhone(c), kind: 'work', publish: true }];
    if (k === 1) phones.push({ number: mobile(), kind: 'mobile', publish: false });
    const fields = {
      role: 'grid-worker',
      title: '专职网格员',
      phones,
      duties: WORKER_DUTIES[(k + c.code.charCodeAt(2)) % WORKER_DUTIES.length],
      gridIds: covered,
    };
    if (c.key === 'LHSC' || k === 2) fields.photo = photo(nameIndex, c.key === 'LHSC');
    addWorker(c, fields);
  }
}

// A second 网格员 on some grids: the neighbouring grid's 网格员 also covers it.
const alsoCovers = [['G-JQJ-02', 'G-JQJ-01'], ['G-JQJ-05', 'G-JQJ-04'], ['G-BH-04', 'G-BH-05'], ['G-CE-04', 'G-CE-03']];
for (const [own, extra] of alsoCovers) {
  const w = workers.find((x) => x.role === 'grid-worker' && x.gridIds.includes(own));
  w.gridIds.push(extra);
  grids.find((g) => g.id === extra).workerIds.push(w.id);
}
// …and a part-time one: no consent is recorded for this work phone (`publish` absent), so it must not be shown.
addWorker(byKey.XFJ, {
  role: 'grid-worker',
  title: '兼职网格员',
  phones: [{ number: workPhone(byKey.XFJ), kind: 'work' }],
  duties: ['信息采集', '邻里互助'],
  gridIds: ['G-XFJ-02'],
});

const all = (key) => gridsOf(key).map((g) => g.id);
const POLICE = { JQJ: '局前街派出所', BH: '兰陵派出所', CE: '兰陵派出所' };
for (const key of ['JQJ', 'BH', 'CE']) {
  const c = byKey[key];
  addWorker(c, {
    role: 'police',
    title: '社区民警',
    phones: [{ number: `0519-8661${c.code}${++phoneSeq % 10}`, kind: 'work', publish: true }],
    office: { address: `${POLICE[key]} ${c.name}警务室`, hours: '周一至周五 9:00—17:00', publish: true },
    duties: ['治安防范', '矛盾调解', '反诈宣传'],
    gridIds: all(key),
  });
}
for (const key of ['JQJ', 'CE']) {
  const c = byKey[key];
  addWorker(c, {
    role: 'lawyer',
    title: '社区法律顾问',
    phones: [{ number: workPhone(c), kind: 'work', publish: true }, { number: mobile(), kind: 'mobile', publish: false }],
    office: { address: `${c.address} 法律服务室`, hours: '每月第二、四周周三 14:00—16:00', publish: true },
    duties: ['法律咨询', '矛盾调解', '法治宣传'],
    gridIds: all(key),
  });
}
for (const key of ['JQJ', 'CE', 'LHSC']) {
  const c = byKey[key];
  addWorker(c, {
    role: 'social-worker',
    title: key === 'CE' ? '社工（温馨6+1项目）' : '社工',
    photo: photo(nameIndex, key !== 'JQJ'),
    phones: [{ number: workPhone(c), kind: 'work', publish: true }],
    duties: key === 'CE' ? ['特殊群体关爱', '居家养老服务', '志愿者组织'] : ['特殊群体关爱', '代办服务', '志愿者组织'],
    gridIds: key === 'CE' ? all(key) : [],
  });
}
addWorker(byKey.CE, {
  role: 'micro-grid-leader',
  title: '微网格长（36 幢楼道长）',
  phones: [],
  office: { address: '朝阳二村 36 幢', publish: false },
  duties: ['楼道信息员', '邻里互助'],
  gridIds: ['G-CE-02'],
});

// ---------------------------------------------------------------------------------------------------- service points

const pointIn = (key, r, col, fx = 0.3, fy = -0.25) => {
  const c = byKey[key];
  const [cx, cy] = cellCenter(cells[key], r, col);
  const [w, s, e, n] = c.box;
  return { type: 'Point', coordinates: [round6(cx + fx * (e - w) / c.cols / 2), round6(cy + fy * (n - s) / c.rows / 2)] };
};

const servicePoints = [
  { id: 'SP-JQJ-CARE', name: '局前街社区小学生接送看护站', kind: 'childcare', location: pointIn('JQJ', 0, 1), address: '局前街 18 号 社区党群服务中心二楼', hours: '上学日 15:30—18:00', phone: '0519-86601120', community: '局前街社区' },
  { id: 'SP-JQJ-ACT', name: '局前街社区居民活动室', kind: 'activity', location: pointIn('JQJ', 1, 2, -0.2, 0.2), address: '局前街 18 号 社区党群服务中心一楼', hours: '每天 8:00—20:30', phone: '0519-86601121', community: '局前街社区' },
  { id: 'SP-XFJ-ACT', name: '新丰街社区议事沙龙活动室', kind: 'activity', location: pointIn('XFJ', 1, 0), address: '新丰街 126 号 三楼', hours: '周一至周六 9:00—17:00', phone: '0519-86602220', community: '新丰街社区' },
  { id: 'SP-BH-MEAL', name: '北环社区老年助餐点', kind: 'meal', location: pointIn('BH', 1, 1), address: '北环新村 21 幢旁 一楼', hours: '每天 11:00—12:30, 17:00—18:00', phone: '0519-86603320', community: '北环社区' },
  { id: 'SP-CE-MEAL', name: '朝二社区老年助餐点', kind: 'meal', location: pointIn('CE', 0, 1), address: '朝阳二村 36 幢 一楼', hours: '每天 10:45—12:30', phone: '0519-86604420', community: '朝二社区' },
  { id: 'SP-CE-ACT', name: '朝二社区温馨话室', kind: 'activity', location: pointIn('CE', 1, 1, -0.3, 0.3), address: '朝阳二村 36 幢 二楼', hours: '周一至周五 9:00—16:30', phone: '0519-86604421', community: '朝二社区' },
  { id: 'SP-LHSC-MEAL', name: '丽华三村社区老年助餐点', kind: 'meal', location: pointIn('LHSC', 0, 0), address: '丽华三村 52 幢 一楼', hours: '每天 11:00—12:30', phone: '0519-86605520', community: '丽华三村社区' },
  { id: 'SP-LHSC-CARE', name: '丽华三村社区四点半课堂', kind: 'childcare', location: pointIn('LHSC', 1, 1, -0.2, 0.1), address: '丽华三村 52 幢 二楼', hours: '上学日 16:00—18:00', phone: '0519-86605521', community: '丽华三村社区' },
];

// ---------------------------------------------------------------------------------------------------- surveys

const opt = (value, label) => ({ value, label });
const surveys = [
  {
    id: 'S-HCP-2026',
    version: '1',
    title: '社区服务“好差评”',
    intro: '请对您最近一次在社区党群服务中心办理的事项作出评价。评价为“不满意”或“非常不满意”的,社区将在 15 个工作日内回访整改。',
    followUpPolicy: { receiver: '天宁区社区服务中心', retentionDays: 90 },
    questions: [
      { id: 'overall', kind: 'rating5', title: '整体满意度', required: true, followUp: true },
      {
        id: 'items', kind: 'rating-matrix', title: '请对以下服务事项作出评价', required: true, followUp: true,
        items: [opt('efficiency', '服务效率'), opt('quality', '服务水平'), opt('attitude', '服务态度')],
      },
      { id: 'comment', kind: 'text', title: '其他意见和建议', help: '请勿填写身份证号等个人信息。', required: false, maxLength: 500, multiline: true },
    ],
    opensAt: '2026-01-01T00:00:00+08:00',
    closesAt: '2026-12-31T23:59:59+08:00',
  },
  {
    id: 'S-GRID-2026',
    version: '1',
    title: '天宁区网格化服务管理群众满意度调查',
    intro: '为了解居民对网格化服务管理工作的评价,改进网格服务,特开展本次调查。问卷匿名填写,约需 3 分钟,结果将在区政府网站“结果反馈”栏目公布。',
    resultsUrl: 'service-info.html#survey-results',
    questions: [
      {
        id: 'age', kind: 'single', section: '基本情况', title: '您的年龄', required: false,
        options: [opt('under-18', '18 岁以下'), opt('18-35', '18—35 岁'), opt('36-59', '36—59 岁'), opt('60-plus', '60 岁及以上')],
      },
      {
        id: 'residence', kind: 'single', section: '基本情况', title: '您在本社区居住了多久?', required: false,
        options: [opt('lt-1', '不到 1 年'), opt('1-5', '1—5 年'), opt('gt-5', '5 年以上')],
      },
      {
        id: 'know-leader', kind: 'single', section: '基本情况', title: '您知道您所在网格的网格长是谁吗?', required: true,
        options: [opt('know-contact', '知道,并有联系方式'), opt('know-name', '只知道姓名'), opt('no', '不知道')],
      },
      {
        id: 'visits', kind: 'single', section: '网格服务', title: '网格员上门走访您家的频率', required: true,
        options: [opt('often', '经常'), opt('sometimes', '偶尔'), opt('rarely', '几乎不'), opt('never', '从来没有')],
      },
      {
        id: 'raised', kind: 'single', section: '网格服务', title: '过去一年,您是否向网格员反映过问题或诉求?', required: true,
        options: [opt('yes', '是'), opt('no', '否')],
      },
      {
        id: 'resolved', kind: 'single', section: '网格服务', title: '您反映的问题解决了吗?', required: true,
        showIf: { question: 'raised', anyOf: ['yes'] },
        options: [opt('resolved', '已解决'), opt('in-progress', '正在解决'), opt('explained', '未解决,但作了解释'), opt('unresolved', '未解决')],
      },
      { id: 'effect', kind: 'rating5', section: '网格服务', title: '您对本网格服务管理工作效果的总体评价', required: true, followUp: true },
      {
        id: 'improve', kind: 'multiple', section: '评价与建议', title: '您认为网格服务最需要改进的方面(最多选 3 项)', required: false, min: 1, max: 3,
        options: [
          opt('visits', '增加上门走访'), opt('response', '加快问题响应'), opt('elderly', '加强老人、残疾人等特殊群体关爱'),
          opt('safety', '加强治安和安全隐患巡查'), opt('environment', '改善环境卫生和垃圾分类'), opt('parking', '解决停车难'),
          opt('online', '提供更多网上办事和代办服务'), opt('other', '其他'),
        ],
      },
      {
        id: 'recommend', kind: 'scale', section: '评价与建议', title: '您有多大可能向亲友推荐通过网格员办事?', required: false,
        min: 0, max: 10, minLabel: '完全不可能', maxLabel: '非常可能',
      },
      { id: 'suggestions', kind: 'text', section: '评价与建议', title: '您对网格化服务管理还有哪些意见和建议?', required: false, maxLength: 300, multiline: true },
    ],
    opensAt: '2026-11-01T00:00:00+08:00',
    closesAt: '2027-01-31T23:59:59+08:00',
  },
];

// ---------------------------------------------------------------------------------------------------- volunteering

const ceHall = { name: '朝二社区党群服务中心', address: '朝阳二村 36 幢', location: pointIn('CE', 1, 1, 0.1, -0.2) };
const opportunities = [
  {
    id: 'OP-CE-PC-2612', title: '尤辉志愿者服务队:免费电脑维护进社区', organizer: '尤辉志愿者服务队', community: '朝二社区', kind: '便民服务',
    description: '为居民免费检测、清理和维护电脑、手机,讲解防范电信网络诈骗常识。需要 2 名会装系统的志愿者和若干名引导登记志愿者。',
    start: '2026-12-12T09:00:00+08:00', end: '2026-12-12T11:30:00+08:00', place: ceHall,
    capacity: 8, taken: 3, waitlist: 0, serviceHours: 2.5, deadline: '2026-12-10T18:00:00+08:00',
    requirements: ['会装系统或维修电脑者优先', '自带常用工具'], status: 'open',
  },
  {
    id: 'OP-CE-61-2612', title: '“温馨6+1”空巢老人上门探访', organizer: '朝二社区', community: '朝二社区', kind: '为老服务',
    description: '1 名社工带 5 名志愿者结对帮扶 1 名空巢老人:陪伴聊天、打扫卫生、检查家中用电用气安全。',
    start: '2026-12-19T14:00:00+08:00', end: '2026-12-19T16:30:00+08:00', place: { name: '朝阳二村(社工带队上门)', address: '朝阳二村 36 幢门口集合' },
    capacity: 5, taken: 5, waitlist: 3, serviceHours: 2.5, deadline: '2026-12-17T18:00:00+08:00',
    requirements: ['有耐心,会说常州话者优先', '需参加 30 分钟上岗培训'], status: 'open',
  },
  {
    id: 'OP-CE-MEAL-2701', title: '老年助餐点送餐上门', organizer: '朝二社区老年助餐点', community: '朝二社区', kind: '为老服务',
    description: '为行动不便的高龄老人送午餐上门,每人负责 4—6 户。',
    start: '2027-01-09T10:30:00+08:00', end: '2027-01-09T12:30:00+08:00', place: { name: '朝二社区老年助餐点', address: '朝阳二村 36 幢 一楼', location: servicePoints[4].location },
    capacity: 4, taken: 4, waitlist: 0, serviceHours: 2, deadline: '2027-01-07T18:00:00+08:00',
    requirements: ['年满 18 周岁', '熟悉朝阳二村楼栋'], minAge: 18, status: 'open',
  },
  {
    id: 'OP-CE-WASTE-2701', title: '垃圾分类宣传与桶边督导', organizer: '朝二社区', community: '朝二社区', kind: '环境保护',
    description: '在投放点引导居民分类投放,发放宣传册。14—17 周岁的青少年需监护人同意后报名。',
    start: '2027-01-16T07:00:00+08:00', end: '2027-01-16T09:00:00+08:00', place: { name: '朝阳二村 12 幢垃圾分类投放点', location: pointIn('CE', 0, 2, -0.1, 0.2) },
    capacity: 12, taken: 5, waitlist: 4, serviceHours: 2, deadline: '2027-01-14T18:00:00+08:00',
    requirements: ['年满 14 周岁', '穿着保暖,社区提供马甲和手套'], minAge: 14, status: 'open',
  },
  {
    id: 'OP-CE-FU-2702', title: '迎新春写春联送福', organizer: '朝二社区', community: '朝二社区', kind: '文化活动',
    description: '邀请书法爱好者为居民写春联、送福字。报名已截止。',
    start: '2027-02-01T09:00:00+08:00', end: '2027-02-01T11:30:00+08:00', place: ceHall,
    capacity: 6, taken: 4, waitlist: 0, serviceHours: 2.5, deadline: '2027-01-25T18:00:00+08:00',
    requirements: ['有书法基础'], status: 'closed',
  },
  {
    id: 'OP-CE-ELDER-2610', title: '重阳节敬老陪伴', organizer: '朝二社区', community: '朝二社区', kind: '为老服务',
    description: '重阳节为社区高龄老人理发、量血压、包重阳糕。',
    start: '2026-10-29T09:00:00+08:00', end: '2026-10-29T11:30:00+08:00', place: ceHall,
    capacity: 10, taken: 7, waitlist: 0, serviceHours: 2.5, deadline: '2026-10-27T18:00:00+08:00',
    requirements: [], status: 'open',
  },
  {
    id: 'OP-JQJ-CARE-2612', title: '小学生接送看护站课后看护', organizer: '局前街社区', community: '局前街社区', kind: '关爱儿童',
    description: '协助社工看护放学后的小学生,辅导作业、组织阅读。',
    start: '2026-12-15T15:30:00+08:00', end: '2026-12-15T17:30:00+08:00', place: { name: '局前街社区小学生接送看护站', address: '局前街 18 号 社区党群服务中心二楼', location: servicePoints[0].location },
    capacity: 4, taken: 1, waitlist: 2, serviceHours: 2, deadline: '2026-12-14T12:00:00+08:00',
    requirements: ['年满 18 周岁', '有教育或看护经验者优先'], minAge: 18, status: 'open',
  },
  {
    id: 'OP-XFJ-FIRE-2702', title: '冬季楼道消防安全巡查', organizer: '新丰街社区', community: '新丰街社区', kind: '平安建设',
    description: '与网格员一起检查楼道堆物、电动自行车违规充电,发放消防安全提示。',
    start: '2027-02-20T14:00:00+08:00', end: '2027-02-20T16:00:00+08:00', place: { name: '新丰街社区党群服务中心', address: '新丰街 126 号' },
    capacity: 10, taken: 2, waitlist: 0, serviceHours: 2, deadline: '2027-02-18T18:00:00+08:00',
    requirements: ['年满 18 周岁'], minAge: 18, status: 'open',
  },
];

workers.sort((a, b) => a.id.localeCompare(b.id));
const dataset = { grids, workers, servicePoints, surveys, opportunities };
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(dataset, null, 1) + '\n');
console.log(`wrote ${OUT}: ${grids.length} grids, ${workers.length} workers, ${servicePoints.length} service points, ${surveys.length} surveys, ${opportunities.length} opportunities`);
