import { describe, it, expect } from 'vitest';
import { GoalSchema } from '@/lib/goals/goal';
import { quarterView, type QuarterItem } from '@/lib/goals/quarter-view';

const item = (
  id: string,
  date: string | null,
  focusArea: string,
  cadence?: 'monthly',
): QuarterItem => ({
  id,
  focusArea,
  goal: GoalSchema.parse({ smart: { deadline: { date, cadence: cadence ?? null } } }),
});

describe('quarterView', () => {
  it('groups goals by the quarter of their deadline, in calendar order', () => {
    const view = quarterView([
      item('b', '2027-09-30', 'Demand'),
      item('a', '2027-03-31', 'Demand'),
      item('c', '2027-07-01', 'Retention'),
      item('d', '2028-01-15', 'Demand'),
      item('e', '2027-02-01', 'Brand'),
    ]);
    expect(view.quarters.map((q) => [q.key, q.items.map((i) => i.id)])).toEqual([
      ['2027-Q1', ['e', 'a']],
      ['2027-Q3', ['c', 'b']],
      ['2028-Q1', ['d']],
    ]);
    expect(view.quarters[0]).toMatchObject({
      year: 2027,
      quarter: 1,
      focusAreas: ['Brand', 'Demand'],
    });
    expect(view.warnings).toEqual([]);
    expect(view.undated).toEqual([]);
  });

  it('keeps the given order for the same deadline', () => {
    const view = quarterView([item('x', '2027-06-30', 'A'), item('y', '2027-06-30', 'A')]);
    expect(view.quarters[0]!.items.map((i) => i.id)).toEqual(['x', 'y']);
  });

  it.each([
    [['SEO', 'Email'], false],
    [['SEO', 'Email', 'Events'], true],
    [['SEO', 'seo ', ' SEO', 'Email'], false], // the same area spelled differently
    [['SEO', 'Email', ''], false], // no label is no focus area
    [['Paid  social', 'paid social', 'SEO'], false],
  ])('focus areas %j in one quarter → warning: %s', (areas, warn) => {
    const view = quarterView(areas.map((a, i) => item(String(i), '2027-05-15', a)));
    expect(view.quarters[0]!.overloaded).toBe(warn);
    expect(view.warnings).toEqual(
      warn
        ? [{ key: 'quarter.too-many-focus-areas', quarter: '2027-Q2', count: areas.length, max: 2 }]
        : [],
    );
  });

  it('warns per quarter and keeps the first spelling', () => {
    const view = quarterView([
      item('1', '2027-01-10', 'Brand awareness'),
      item('2', '2027-02-10', 'brand  awareness'),
      item('3', '2027-02-10', 'Pipeline'),
      item('4', '2027-03-10', 'Retention'),
      item('5', '2027-04-10', 'Pipeline'),
    ]);
    expect(view.quarters[0]!.focusAreas).toEqual(['Brand awareness', 'Pipeline', 'Retention']);
    expect(view.warnings.map((w) => w.quarter)).toEqual(['2027-Q1']);
  });

  it('honours a custom limit', () => {
    const items = [item('1', '2027-01-10', 'A'), item('2', '2027-01-10', 'B')];
    expect(quarterView(items, { maxFocusAreas: 1 }).warnings).toHaveLength(1);
  });

  it('sets goals without a deadline date apart', () => {
    const view = quarterView([
      item('1', null, 'A', 'monthly'),
      item('2', null, 'B'),
      item('3', '2027-01-10', 'C'),
    ]);
    expect(view.undated.map((i) => i.id)).toEqual(['1', '2']);
    expect(view.quarters).toHaveLength(1);
  });

  it('an empty list is an empty view', () => {
    expect(quarterView([])).toEqual({ quarters: [], undated: [], warnings: [] });
  });
});
