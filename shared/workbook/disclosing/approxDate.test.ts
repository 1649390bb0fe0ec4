import { describe, expect, it } from 'vitest';
import { compareApproxDates, parseApproxDate, sortByApproxDate } from './approxDate';

describe('parseApproxDate', () => {
  it.each([
    ['2019', 20190101, 20191231],
    ['spring 2019', 20190301, 20190531],
    ['Spring of 2019', 20190301, 20190531],
    ['03/2019', 20190301, 20190331],
    ['2019-03', 20190301, 20190331],
    ['2019-03-14', 20190314, 20190314],
    ['14/03/2019', 20190314, 20190314],
    ['03/14/2019', 20190314, 20190314],
    ['late 2018', 20180901, 20181231],
    ['early 2020', 20200101, 20200430],
    ['mid-2020', 20200501, 20200831],
    ['March 2019', 20190301, 20190331],
    ['14 March 2019', 20190314, 20190314],
    ['Feb 2020', 20200201, 20200229],
    ['around 2017', 20170101, 20171231],
    ['winter 2021', 20210101, 20210228],
  ])('%s', (text, start, end) => {
    expect(parseApproxDate(text)).toMatchObject({ start, end });
  });

  it('returns null for text without a date, and for impossible dates', () => {
    expect(parseApproxDate('')).toBeNull();
    expect(parseApproxDate('a while ago')).toBeNull();
    expect(parseApproxDate('2019-02-30')).toBeNull();
    expect(parseApproxDate('13/2019')).toBeNull();
  });
});

describe('sorting', () => {
  it('orders mixed approximate dates sensibly, unreadable ones last', () => {
    const dates = ['2019', 'not sure', 'late 2018', '2019-03-14', 'spring 2019', '03/2019', 'late 2019', 'early 2019', '2017'];
    expect(sortByApproxDate(dates, (d) => d)).toEqual([
      '2017',
      'late 2018',
      'early 2019',
      '2019-03-14',
      '03/2019',
      'spring 2019',
      '2019',
      'late 2019',
      'not sure',
    ]);
  });

  it('is stable for equal dates and for unreadable dates', () => {
    const items = [
      { id: 'a', date: '2019' },
      { id: 'b', date: '?' },
      { id: 'c', date: '2019' },
      { id: 'd', date: 'sometime' },
    ];
    expect(sortByApproxDate(items, (i) => i.date).map((i) => i.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('compareApproxDates agrees with the sort', () => {
    expect(compareApproxDates('late 2018', '2019')).toBeLessThan(0);
    expect(compareApproxDates('2019', 'spring 2019')).toBeGreaterThan(0);
    expect(compareApproxDates('unknown', '2019')).toBeGreaterThan(0);
  });

  it('reads holidays with a year, and any other words with a year as that year', () => {
    expect(parseApproxDate('Christmas 2021')).toEqual({ start: 20211224, end: 20211226, year: 2021 });
    expect(parseApproxDate('around Easter 2020')).toMatchObject({ year: 2020, start: 20200322, end: 20200425 });
    expect(parseApproxDate("New Year's Eve 2019")).toEqual({ start: 20191231, end: 20191231, year: 2019 });
    expect(parseApproxDate("Valentine's Day 2018")).toEqual({ start: 20180214, end: 20180214, year: 2018 });
    expect(parseApproxDate('our anniversary 2017')?.year).toBe(2017);
    expect(parseApproxDate('Diwali 2022')?.year).toBe(2022);
    expect(compareApproxDates('Christmas 2021', 'November 2021')).toBeGreaterThan(0);
  });
});
