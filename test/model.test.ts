import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { GridSchema, SurveySchema, VolunteerSignupSchema, WorkerSchema, describeIssue } from '../src/model/index.js';

const square = [[[119.95, 31.78], [119.96, 31.78], [119.96, 31.79], [119.95, 31.79], [119.95, 31.78]]];
const grid = { id: 'G-1', code: '32040200100100101', name: '一网格', community: '甲社区', boundary: { type: 'Polygon', coordinates: square } };

function firstIssue(schema: v.GenericSchema, value: unknown, prefix: string) {
  const result = v.safeParse(schema, value);
  expect(result.success, 'expected a rejection').to.equal(false);
  return describeIssue(prefix, result.issues!);
}

describe('model schemas', () => {
  it('accept a grid and fill defaults', () => {
    const parsed = v.parse(GridSchema, grid);
    expect(parsed.workerIds).to.deep.equal([]);
  });

  it('reject an unclosed ring with its path', () => {
    const open = { ...grid, boundary: { type: 'Polygon', coordinates: [[[119.95, 31.78], [119.96, 31.78], [119.96, 31.79], [119.95, 31.79]]] } };
    const issue = firstIssue(GridSchema, open, 'grids[3]');
    expect(issue.path).to.equal('grids[3].boundary.coordinates[0]');
    expect(issue.message).to.contain('end where it starts');
  });

  it('reject a latitude out of range', () => {
    const bad = { ...grid, boundary: { type: 'Polygon', coordinates: [[[119.95, 95], [119.96, 31.78], [119.96, 31.79], [119.95, 95]]] } };
    expect(firstIssue(GridSchema, bad, 'g').message).to.contain('latitude');
  });

  it('name the offending phone of a worker', () => {
    const worker = { id: 'W-1', name: '王', role: 'grid-leader', community: '甲社区', phones: [{ number: 'call me', publish: true }] };
    expect(firstIssue(WorkerSchema, worker, 'workers[3]').path).to.equal('workers[3].phones[0].number');
  });

  it('default personal fields to unpublished', () => {
    const worker = v.parse(WorkerSchema, { id: 'W-1', name: '王', role: 'police', community: '甲', phones: [{ number: '0519-80000001' }], photo: { url: '/p.svg' } });
    expect(worker.phones[0]!.publish).to.equal(false);
    expect(worker.photo!.publish).to.equal(false);
  });

  it('reject an unknown question kind and an empty survey', () => {
    expect(v.is(SurveySchema, { id: 'S', title: 't', questions: [{ id: 'q', kind: 'slider', title: 'x' }] })).to.equal(false);
    expect(v.is(SurveySchema, { id: 'S', title: 't', questions: [] })).to.equal(false);
  });

  it('require a guardian for a child and an 11-digit mainland mobile', () => {
    const base = { opportunityId: 'O', name: '小明', mobile: '13800138000', consent: { version: 'v1', at: '2026-11-26T10:00:00+08:00' } };
    expect(v.is(VolunteerSignupSchema, { ...base, ageGroup: 'adult' })).to.equal(true);
    expect(v.is(VolunteerSignupSchema, { ...base, ageGroup: 'child' })).to.equal(false);
    expect(v.is(VolunteerSignupSchema, { ...base, ageGroup: 'adult', mobile: '12345' })).to.equal(false);
  });

  it('reject ids that could break out of attributes or keys', () => {
    expect(v.is(GridSchema, { ...grid, id: '"><img src=x>' })).to.equal(false);
  });
});
