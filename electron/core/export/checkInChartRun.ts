/**
 * The check-in chart as a native Word chart (docx's ChartRun): a line chart the reader's word
 * processor draws and can edit (its data travel in an embedded workbook). One point per calendar
 * day from the first to the last check-in; days without a check-in stay empty and are drawn as
 * gaps, with a marker on every check-in so a lone day still shows. The value axis is pinned to
 * 0..max (0..10 for distress) so two documents are drawn on the same scale. The table of
 * check-ins beside it (built in shared/export) carries the same figures as text.
 */
import { LineRuleType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { CheckInChart } from '../../../shared/export/model';

const LINE_COLOR = '24566E';
const GRID_STEP = 2;
/** Height over width: wide enough to read a few months of days. */
export const CHART_ASPECT = 0.45;

/** `widthPx` at 96 dpi, as for images. */
export function checkInChartRun(chart: CheckInChart, widthPx: number): ChartRun {
  return new ChartRun({
    type: 'line',
    // Dates make a date axis: the categories are spaced by day and the labels thin out by themselves.
    categories: chart.points.map((p) => new Date(`${p.day}T00:00:00Z`)),
    series: [{ name: chart.title, values: chart.points.map((p) => p.value), color: LINE_COLOR, line: { width: 2 } }],
    // Smaller dots once there are many days, so a few months stay readable.
    markers: { shape: 'circle', size: chart.points.length > 60 ? 3 : 5 },
    emptyValues: 'gap',
    legend: false,
    categoryAxis: { numberFormat: 'd mmm', gridlines: false },
    valueAxis: { minimum: 0, maximum: chart.max, interval: chart.max > 5 ? GRID_STEP : 1, numberFormat: '0' },
    transformation: { width: widthPx, height: Math.round(widthPx * CHART_ASPECT) },
    altText: { name: 'Check-in chart', title: chart.title, description: chart.caption },
  });
}

/** The chart in a paragraph of its own, kept on the page of the caption that follows it. */
export function checkInChartParagraph(chart: CheckInChart, widthPx: number): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 80 },
    // ChartRun is a Run that docx's ParagraphChild type does not list (it lives in docx/charts);
    // docx writes any Run it is given, as its own charts example does.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    children: [checkInChartRun(chart, widthPx)],
  });
}
