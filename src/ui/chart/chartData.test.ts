import { describe, expect, it } from 'vitest';
import { chartCsv, chartMax, chartTable, csvHref, type ChartData } from './chartData';

const data: ChartData = {
  id: 'by-area',
  title: 'Most referrals were about benefits',
  summary: 'Benefits 15, debt 10, housing hidden.',
  labelHeader: 'Area of law',
  valueHeader: 'Referrals',
  extraHeaders: ['Note'],
  rows: [
    { key: 'benefits', label: 'Welfare benefits and income', value: 1500, extra: ['a, "quoted" note'] },
    { key: 'housing', label: 'Housing', value: '*', extra: ['=HYPERLINK("x")'] },
    { key: 'debt', label: 'Debt', value: undefined, extra: [''] },
  ],
};

describe('chart data', () => {
  it('gives the table the chart shows: labels, values as text, hidden and missing said so', () => {
    expect(chartTable(data)).toEqual({
      header: ['Area of law', 'Referrals', 'Note'],
      rows: [
        ['Welfare benefits and income', '1,500', 'a, "quoted" note'],
        ['Housing', '*', '=HYPERLINK("x")'],
        ['Debt', 'Not reported', ''],
      ],
    });
  });

  it('writes exactly that table as CSV, quoting commas and quotes and defusing formulas', () => {
    expect(chartCsv(data)).toBe(
      'Area of law,Referrals,Note\r\n' +
        'Welfare benefits and income,"1,500","a, ""quoted"" note"\r\n' +
        `Housing,*,"'=HYPERLINK(""x"")"\r\n` +
        'Debt,Not reported,\r\n',
    );
    expect(decodeURIComponent(csvHref(chartCsv(data)).split(',').slice(1).join(','))).toBe(chartCsv(data));
  });

  it('scales bars to the largest shown value', () => {
    expect(chartMax(data.rows)).toBe(1500);
    expect(chartMax([{ key: 'x', label: 'x', value: '*' }])).toBe(1);
  });
});
