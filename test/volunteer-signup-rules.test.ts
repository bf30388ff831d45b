import { expect } from '@open-wc/testing';
import type { VolunteerOpportunity } from '../src/model/volunteer.js';
import { ageEligibility } from '../src/elements/volunteer-signup/internal/age-eligibility.js';
import { buildCalendarFile } from '../src/elements/volunteer-signup/internal/calendar-file.js';
import { applyFilters, filterChoices, noFilters } from '../src/elements/volunteer-signup/internal/filter-opportunities.js';
import { chinaDate, formatTimeRange } from '../src/elements/volunteer-signup/internal/format-time.js';
import { normalizeMobile } from '../src/elements/volunteer-signup/internal/mobile-number.js';
import { opportunityState, remainingPlaces } from '../src/elements/volunteer-signup/internal/opportunity-status.js';
import { buildSignup, draftProblems, emptyDraft, type SignupDraft } from '../src/elements/volunteer-signup/internal/signup-draft.js';

const NOW = new Date('2026-12-01T10:00:00+08:00');

function activity(patch: Partial<VolunteerOpportunity> = {}): VolunteerOpportunity {
  return {
    id: 'O-1',
    title: '免费电脑维护进社区',
    organizer: '尤辉志愿者服务队',
    community: '朝二社区',
    kind: '便民服务',
    start: '2026-12-12T09:00:00+08:00',
    end: '2026-12-12T11:30:00+08:00',
    place: { name: '朝二社区党群服务中心', address: '朝阳二村 36 幢' },
    capacity: 8,
    taken: 3,
    waitlist: 0,
    serviceHours: 2.5,
    deadline: '2026-12-10T18:00:00+08:00',
    requirements: [],
    status: 'open',
    ...patch,
  };
}

describe('volunteer signup rules', () => {
  describe('activity status', () => {
    const cases: [string, Partial<VolunteerOpportunity>, string][] = [
      ['places left', {}, 'open'],
      ['every place taken, waiting list open', { taken: 8, waitlist: 3 }, 'waitlist'],
      ['every place taken, no waiting list', { taken: 8, waitlist: 0 }, 'full'],
      ['more taken than places', { taken: 9 }, 'full'],
      ['closed by the organizer', { status: 'closed' }, 'closed'],
      ['deadline passed this morning', { deadline: '2026-12-01T09:59:00+08:00' }, 'closed'],
      ['no deadline, already started', { deadline: undefined, start: '2026-12-01T09:00:00+08:00', end: '2026-12-01T12:00:00+08:00' }, 'closed'],
      ['called off', { status: 'cancelled' }, 'cancelled'],
      ['ended', { start: '2026-11-20T09:00:00+08:00', end: '2026-11-20T11:00:00+08:00', deadline: undefined }, 'past'],
      ['ended even if full and closed', { end: '2026-11-30T11:00:00+08:00', start: '2026-11-30T09:00:00+08:00', taken: 8, status: 'closed' }, 'past'],
    ];
    for (const [what, patch, expected] of cases) {
      it(`is ${expected} when ${what}`, () => {
        expect(opportunityState(activity(patch), NOW)).to.equal(expected);
      });
    }

    it('follows the clock: the same activity closes when its deadline passes', () => {
      const a = activity();
      expect(opportunityState(a, new Date('2026-12-10T17:59:00+08:00'))).to.equal('open');
      expect(opportunityState(a, new Date('2026-12-10T18:01:00+08:00'))).to.equal('closed');
      expect(opportunityState(a, new Date('2026-12-12T11:31:00+08:00'))).to.equal('past');
    });

    it('counts remaining places, never below zero', () => {
      expect(remainingPlaces(activity())).to.equal(5);
      expect(remainingPlaces(activity({ taken: 12 }))).to.equal(0);
    });
  });

  describe('mainland mobile numbers', () => {
    const valid: [string, string][] = [
      ['13800138000', '13800138000'],
      ['138 0013 8000', '13800138000'],
      ['138-0013-8000', '13800138000'],
      ['+86 138 0013 8000', '13800138000'],
      ['+8613800138000', '13800138000'],
      ['0086 13800138000', '13800138000'],
      ['１３８００１３８０００', '13800138000'],
      [' 19912345678 ', '19912345678'],
    ];
    for (const [typed, normalized] of valid) {
      it(`accepts "${typed}"`, () => expect(normalizeMobile(typed)).to.equal(normalized));
    }
    for (const typed of ['1380013800', '138001380001', '12800138000', '0519-86600000', '+1 13800138000', '86 13800138000x', '', 'abc']) {
      it(`refuses "${typed}"`, () => expect(normalizeMobile(typed)).to.equal(undefined));
    }
  });

  describe('age and guardian', () => {
    it('judges each age group against the minimum age', () => {
      expect(ageEligibility('child', undefined)).to.equal('eligible');
      expect(ageEligibility('teen', 18)).to.equal('ineligible');
      expect(ageEligibility('child', 14)).to.equal('ineligible');
      expect(ageEligibility('teen', 14)).to.equal('eligible');
      expect(ageEligibility('teen', 16)).to.equal('confirm');
      expect(ageEligibility('child', 10)).to.equal('confirm');
      expect(ageEligibility('adult', 18)).to.equal('eligible');
    });

    const filled: SignupDraft = { ...emptyDraft(), name: '张小明', mobile: '138 0013 8000', ageGroup: 'adult', consent: true };

    it('needs name, mobile, age and consent, in form order', () => {
      expect(draftProblems(emptyDraft(), activity()).map(([f, p]) => `${f}-${p}`)).to.deep.equal([
        'name-required',
        'mobile-required',
        'ageGroup-required',
        'consent-required',
      ]);
      expect(draftProblems(filled, activity())).to.deep.equal([]);
    });

    it('asks a child for a guardian with another mobile and the guardian’s consent', () => {
      const child = { ...filled, ageGroup: 'child' as const };
      expect(draftProblems(child, activity()).map(([f]) => f)).to.deep.equal(['guardianName', 'guardianMobile', 'guardianConsent']);
      const sameMobile = { ...child, guardianName: '张大明', guardianMobile: '+86 13800138000', guardianConsent: true };
      expect(draftProblems(sameMobile, activity())).to.deep.equal([['guardianMobile', 'same-mobile']]);
      const ok = { ...sameMobile, guardianMobile: '139 0000 0001' };
      expect(draftProblems(ok, activity())).to.deep.equal([]);
    });

    it('enforces the minimum age, asking for confirmation inside a group', () => {
      expect(draftProblems({ ...filled, ageGroup: 'teen' }, activity({ minAge: 18 }))).to.deep.equal([['ageGroup', 'too-young']]);
      expect(draftProblems({ ...filled, ageGroup: 'teen' }, activity({ minAge: 16 }))).to.deep.equal([['ageConfirmed', 'required']]);
      expect(draftProblems({ ...filled, ageGroup: 'teen', ageConfirmed: true }, activity({ minAge: 16 }))).to.deep.equal([]);
    });

    it('builds the payload with normalized mobiles, consent versions and time, and nothing unasked', () => {
      const at = new Date('2026-12-01T02:00:00Z');
      const stamp = { version: 'v1', guardianVersion: 'g1', at };
      const adult = buildSignup({ ...filled, mobile: '+86 138-0013-8000', note: '  ' }, 'O-1', stamp);
      expect(adult).to.deep.equal({
        opportunityId: 'O-1',
        name: '张小明',
        mobile: '13800138000',
        ageGroup: 'adult',
        consent: { version: 'v1', at: '2026-12-01T02:00:00.000Z' },
      });
      const child = buildSignup(
        { ...filled, ageGroup: 'child', guardianName: ' 张大明 ', guardianMobile: '139-0000-0001', guardianConsent: true, community: '朝二社区' },
        'O-1',
        stamp,
      );
      expect(child.guardian).to.deep.equal({ name: '张大明', mobile: '13900000001', consent: { version: 'g1', at: '2026-12-01T02:00:00.000Z' } });
      expect(child.community).to.equal('朝二社区');
    });
  });

  describe('filters and times', () => {
    const items = [
      activity({ id: 'A', community: '朝二社区', kind: '为老服务' }),
      activity({ id: 'B', community: '局前街社区', start: '2026-12-20T09:00:00+08:00', end: '2026-12-20T11:00:00+08:00' }),
      activity({ id: 'PAST', start: '2026-11-20T09:00:00+08:00', end: '2026-11-20T11:00:00+08:00' }),
    ];
    const ids = (list: VolunteerOpportunity[]) => list.map((o) => o.id);

    it('hides past activities unless asked', () => {
      expect(ids(applyFilters(items, noFilters(), NOW))).to.deep.equal(['A', 'B']);
      expect(ids(applyFilters(items, { ...noFilters(), showPast: true }, NOW))).to.deep.equal(['PAST', 'A', 'B']);
    });

    it('filters by community, kind and China dates, inclusive', () => {
      expect(ids(applyFilters(items, noFilters('局前街社区'), NOW))).to.deep.equal(['B']);
      expect(ids(applyFilters(items, { ...noFilters(), kind: '为老服务' }, NOW))).to.deep.equal(['A']);
      expect(ids(applyFilters(items, { ...noFilters(), from: '2026-12-13' }, NOW))).to.deep.equal(['B']);
      expect(ids(applyFilters(items, { ...noFilters(), to: '2026-12-12' }, NOW))).to.deep.equal(['A']);
      expect(ids(applyFilters(items, { ...noFilters(), from: '2026-12-21' }, NOW))).to.deep.equal([]);
    });

    it('offers each community and kind once, with a preset one the data lacks', () => {
      expect(filterChoices(items, '茶山社区')).to.deep.equal({ communities: ['朝二社区', '局前街社区', '茶山社区'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')), kinds: ['为老服务', '便民服务'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')) });
    });

    it('writes times in China’s time zone with the weekday', () => {
      expect(formatTimeRange('2026-12-12T01:00:00Z', '2026-12-12T03:30:00Z', 'zh-Hans')).to.equal('2026年12月12日周六 09:00–11:30');
      expect(formatTimeRange('2026-12-12T01:00:00Z', '2026-12-12T03:30:00Z', 'en')).to.equal('Sat, December 12, 2026 09:00–11:30');
      expect(formatTimeRange('2026-12-12T01:00:00Z', '2026-12-12T03:30:00Z', 'zh-Hant')).to.match(/^2026年12月12日 ?週六 09:00–11:30$/);
      // 23:30 UTC is already the next morning in China.
      expect(chinaDate(new Date('2026-12-11T23:30:00Z'))).to.equal('2026-12-12');
    });
  });

  describe('calendar file', () => {
    it('holds the UTC start and end, title, place and receipt, with text escaped', async () => {
      const text = await buildCalendarFile({
        opportunity: activity({ title: '<img src=x onerror=alert(1)>; 维修, 清理', place: { name: '朝二社区党群服务中心', address: '朝阳二村 36 幢', location: { type: 'Point', coordinates: [119.98, 31.77] } } }),
        receiptCode: 'VS-7K3Q9D',
        description: '组织方:尤辉志愿者服务队\n报名编号:VS-7K3Q9D',
      });
      const unfolded = text.replace(/\r?\n[ \t]/g, '');
      expect(unfolded).to.match(/^BEGIN:VCALENDAR/);
      // 09:00–11:30 in Asia/Shanghai (UTC+8) are 01:00–03:30 UTC.
      expect(unfolded).to.contain('DTSTART:20261212T010000Z').and.contain('DTEND:20261212T033000Z');
      expect(unfolded).to.contain('SUMMARY:<img src=x onerror=alert(1)>\\; 维修\\, 清理');
      expect(unfolded).to.contain('LOCATION:朝二社区党群服务中心\\, 朝阳二村 36 幢');
      expect(unfolded).to.contain('UID:VS-7K3Q9D@community-widgets');
      expect(unfolded).to.contain('DESCRIPTION:组织方:尤辉志愿者服务队\\n报名编号:VS-7K3Q9D');
      expect(unfolded).to.contain('GEO:31.77;119.98');
      expect(unfolded).not.to.contain('ORGANIZER');
    });
  });
});
