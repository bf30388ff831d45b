/**
 * The data every adapter under contract test must serve. Seed your backend with it (it is a valid static data
 * file), then run `runAdapterContract`. Times are far in the future so the activities stay open.
 */
export const CONTRACT_FIXTURE = {
  grids: [
    {
      id: 'G-A1',
      code: '32040200100100101',
      name: '一网格',
      community: '甲社区',
      boundary: { type: 'Polygon', coordinates: [[[119.95, 31.78], [119.96, 31.78], [119.96, 31.79], [119.95, 31.79], [119.95, 31.78]]] },
      workerIds: ['W-1', 'W-2'],
    },
    {
      id: 'G-B1',
      code: '32040200100200101',
      name: '二网格',
      community: '乙社区',
      boundary: {
        type: 'MultiPolygon',
        coordinates: [
          [[[119.97, 31.78], [119.98, 31.78], [119.98, 31.79], [119.97, 31.79], [119.97, 31.78]]],
          [[[119.99, 31.78], [120.0, 31.78], [120.0, 31.79], [119.99, 31.79], [119.99, 31.78]]],
        ],
      },
      workerIds: ['W-3'],
    },
  ],
  workers: [
    { id: 'W-1', name: '王网格长', role: 'grid-leader', community: '甲社区', gridIds: ['G-A1'], phones: [{ number: '0519-80000001', publish: true }] },
    { id: 'W-2', name: '李网格员', role: 'grid-worker', community: '甲社区', gridIds: ['G-A1'] },
    { id: 'W-3', name: '赵民警', role: 'police', community: '乙社区', gridIds: ['G-B1'] },
  ],
  servicePoints: [
    { id: 'P-1', name: '甲社区老年助餐点', kind: 'meal', community: '甲社区', location: { type: 'Point', coordinates: [119.955, 31.785] } },
    { id: 'P-2', name: '乙社区看护站', kind: 'childcare', community: '乙社区', location: { type: 'Point', coordinates: [119.975, 31.785] } },
  ],
  surveys: [
    {
      id: 'S-1',
      title: '社区服务满意度',
      questions: [{ id: 'overall', kind: 'rating5', title: '整体满意度', required: true }],
    },
  ],
  opportunities: [
    {
      id: 'O-OPEN',
      title: '助餐志愿服务',
      organizer: '甲社区',
      community: '甲社区',
      start: '2099-03-01T09:00:00+08:00',
      end: '2099-03-01T11:00:00+08:00',
      place: { name: '甲社区活动室' },
      capacity: 2,
      taken: 0,
      waitlist: 1,
      serviceHours: 2,
    },
    {
      id: 'O-CLOSED',
      title: '已截止的活动',
      organizer: '乙社区',
      community: '乙社区',
      start: '2099-04-01T09:00:00+08:00',
      end: '2099-04-01T11:00:00+08:00',
      place: { name: '乙社区广场' },
      capacity: 10,
      taken: 0,
      serviceHours: 2,
      status: 'closed',
    },
  ],
};
