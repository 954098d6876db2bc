// The commissioner's dashboard over /api/v1/reports/* for a chosen period: referrals by month and by
// therapy, did-not-attend rate, time to first session, outcome change with its confidence interval,
// spend against budget per scheme. Figures are shown exactly as the API publishes them after
// disclosure control: a suppressed cell is drawn as "Suppressed", never as a number or zero.
import { call, get, query as queryString } from '../api.js';
import { h, present } from '../dom.js';
import { ROUTE, month, money, number, percent, say } from '../labels.js';
import { MEASURES, SCORE_NAMES } from '../measures.js';
import { navigate } from '../router.js';
import { therapies } from '../session.js';
import { button, heading, inset, p, screen, scrollingTable, suppressedTag, whileBusy } from '../ui.js';
import { clearErrors, dateInput, dateOf, showErrors } from '../forms.js';
import { COLOURS, chartFigure, series } from '../charts.js';

export async function dashboardScreen({ query, user }) {
  const period = chosenPeriod(query);
  const range = { from: period.from, to: period.to };
  const [byMonth, byTherapy, outcomes, spend, schemes, catalogue] = await Promise.all([
    get(`/reports/activity${queryString({ ...range, groupBy: 'MONTH' })}`),
    get(`/reports/activity${queryString({ ...range, groupBy: 'THERAPY' })}`),
    get(`/reports/outcomes${queryString(range)}`),
    get(`/reports/spend${queryString(range)}`),
    get(`/funding-schemes${queryString({ funder: user.orgCode })}`),
    therapies(),
  ]);
  const therapyName = (code) => {
    if (code === 'ALL') return 'All therapies';
    if (!code || code === 'NONE') return 'No therapy chosen yet';
    return (catalogue.get(code) || {}).name || code;
  };
  return screen(
    'Activity and outcomes',
    p(`Referrals received from ${longDate(byMonth.from)} to ${longDate(byMonth.to)}${user.orgCode ? `, for ${user.orgCode}` : ''}.`),
    periodForm(period),
    disclosure(byMonth),
    keyFigures(byMonth.totals || {}),
    heading(2, 'Referrals by month'),
    monthSection(byMonth, period),
    heading(2, 'Referrals by therapy'),
    therapySection(byTherapy, therapyName, period),
    heading(2, 'Did not attend and time to first session'),
    attendanceSection(byMonth, period),
    heading(2, 'Outcome change'),
    outcomeSection(outcomes, therapyName, period),
    heading(2, 'Spend against budget'),
    spendSection(spend, schemes, therapyName, period),
  );
}

// --- the period ------------------------------------------------------------------------------

/** The period in the address (?from=&to=), or the twelve months to today. */
function chosenPeriod(query) {
  const today = new Date();
  const to = validDate(query.get('to')) || isoDate(today);
  const start = new Date(today.getFullYear(), today.getMonth() - 11, 1);
  const from = validDate(query.get('from')) || isoDate(start);
  return { from, to };
}

function validDate(value) {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** A calendar day in the user's time zone as YYYY-MM-DD. */
function isoDate(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function longDate(value) {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

function periodForm(period) {
  const form = h(
    'form',
    { novalidate: true, class: 'app-period' },
    h('div', { class: 'app-period__dates' }, dateInput({ id: 'from', field: 'from', legend: 'From', value: period.from }), dateInput({ id: 'to', field: 'to', legend: 'To', value: period.to })),
  );
  const submit = button('Show this period', { variant: 'secondary', id: 'show-period' });
  form.append(submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const from = dateOf(form, 'from');
    const to = dateOf(form, 'to');
    const errors = [];
    if (!from) errors.push({ field: 'from', text: 'Enter the first day of the period as a real date' });
    if (!to) errors.push({ field: 'to', text: 'Enter the last day of the period as a real date' });
    if (from && to && from > to) errors.push({ field: 'to', text: 'The last day must be on or after the first day' });
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    navigate(`/dashboard?from=${from}&to=${to}`);
  });
  return form;
}

function disclosure(report) {
  return inset(
    h('h2', { class: 'nhsuk-heading-s' }, 'How the figures are protected'),
    h('p', {}, 'Counts of 1 to 7 people are suppressed and shown as ', suppressedTag(), ', never as a number or as zero. Other counts of people are rounded to the nearest 5. Means, medians, rates and money built on 1 to 7 people are suppressed too, and totals are added up from the published figures.'),
    present(report.disclosure) ? h('p', {}, `The rules the service applied: ${report.disclosure}`) : null,
  );
}

// --- cells -----------------------------------------------------------------------------------

/** A count or statistic as published: suppressed, no data, or the value. */
function cell(figure, format = (value) => number(value, 1)) {
  if (!figure) return h('span', { class: 'app-muted' }, 'No data');
  if (figure.suppressed) return suppressedTag();
  if (!present(figure.value)) return h('span', { class: 'app-muted' }, 'No data');
  return format(figure.value);
}

function moneyCell(amount) {
  if (!amount) return h('span', { class: 'app-muted' }, 'No data');
  if (amount.suppressed) return suppressedTag();
  if (!present(amount.pence)) return h('span', { class: 'app-muted' }, 'No data');
  return money(amount.pence);
}

const count = (figure) => cell(figure, (value) => number(value, 0));
const rate = (figure) => cell(figure, percent);
const days = (figure) => cell(figure, (value) => `${number(value, 1)} days`);

function keyFigures(totals) {
  const figure = (title, value) => h('li', { class: 'app-key-figure' }, h('span', { class: 'app-key-figure__value' }, value), h('span', { class: 'app-key-figure__label' }, title));
  return h(
    'div',
    {},
    h(
      'ul',
      { class: 'app-key-figures', 'aria-label': 'Key figures for the period' },
      figure('referrals received', count(totals.referralsReceived)),
      figure('sessions delivered', count(totals.sessionsDelivered)),
      figure('did not attend', rate(totals.didNotAttendRate)),
      figure('median days to first session', cell(totals.medianDaysToFirstSession)),
    ),
    p('Totals add up the published figures only: a suppressed figure adds nothing, so a total can be lower than the true number, and a total of 0 can stand for suppressed months.'),
  );
}

// --- sections --------------------------------------------------------------------------------

/** The months of the period, each with its row (or none: no referral that month). */
function monthsOf(report, period) {
  const rows = new Map((report.rows || []).map((row) => [String((row.group || {}).MONTH || '').slice(0, 7), row.figures || {}]));
  const months = [];
  let [year, monthNumber] = period.from.split('-').map(Number);
  const [endYear, endMonth] = period.to.split('-').map(Number);
  while (year < endYear || (year === endYear && monthNumber <= endMonth)) {
    const key = `${year}-${String(monthNumber).padStart(2, '0')}`;
    months.push({ key, label: month(key), figures: rows.get(key) || null });
    monthNumber += 1;
    if (monthNumber > 12) {
      monthNumber = 1;
      year += 1;
    }
  }
  return months;
}

const zero = { value: 0, suppressed: false };

function monthSection(report, period) {
  const months = monthsOf(report, period);
  const received = series(months.map((m) => (m.figures ? m.figures.referralsReceived : zero)));
  return h(
    'div',
    {},
    chartFigure('chart-by-month', 'Referrals received each month.', {
      type: 'bar',
      data: { labels: months.map((m) => m.label), datasets: [{ label: 'Referrals received', backgroundColor: COLOURS.blue, ...received }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
    scrollingTable({
      caption: 'Referrals by month',
      head: ['Month', 'Received', 'Accepted', 'Declined', 'Completed', 'Sessions delivered'],
      numeric: [1, 2, 3, 4, 5],
      rows: months.map((m) => {
        const f = m.figures || { referralsReceived: zero, accepted: zero, declined: zero, completed: zero, sessionsDelivered: zero };
        return [m.label, count(f.referralsReceived), count(f.accepted), count(f.declined), count(f.completed), count(f.sessionsDelivered)];
      }),
    }),
    csvButton('activity', { ...period, groupBy: 'MONTH' }, 'Download referrals by month (CSV)'),
  );
}

function therapySection(report, therapyName, period) {
  const rows = [...(report.rows || [])].sort((a, b) => therapyName(a.group.THERAPY).localeCompare(therapyName(b.group.THERAPY)));
  if (!rows.length) {
    return h('div', {}, p('No referrals were received in this period.'));
  }
  const received = series(rows.map((row) => row.figures.referralsReceived));
  return h(
    'div',
    {},
    chartFigure('chart-by-therapy', 'Referrals received for each therapy.', {
      type: 'bar',
      data: { labels: rows.map((row) => therapyName(row.group.THERAPY)), datasets: [{ label: 'Referrals received', backgroundColor: COLOURS.darkBlue, maxBarThickness: 48, ...received }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
    scrollingTable({
      caption: 'Referrals by therapy',
      head: ['Therapy', 'Received', 'Accepted', 'Completed', 'Did not attend', 'Median days to first session'],
      numeric: [1, 2, 3, 4, 5],
      rows: rows.map((row) => [therapyName(row.group.THERAPY), count(row.figures.referralsReceived), count(row.figures.accepted), count(row.figures.completed), rate(row.figures.didNotAttendRate), cell(row.figures.medianDaysToFirstSession)]),
    }),
    csvButton('activity', { ...period, groupBy: 'THERAPY' }, 'Download referrals by therapy (CSV)'),
  );
}

function attendanceSection(report, period) {
  const months = monthsOf(report, period);
  const figures = months.map((m) => m.figures || {});
  const dna = series(figures.map((f) => f.didNotAttendRate), (c) => (c && present(c.value) ? c.value * 100 : null));
  const median = series(figures.map((f) => f.medianDaysToFirstSession));
  const p90 = series(figures.map((f) => f.p90DaysToFirstSession));
  return h(
    'div',
    {},
    chartFigure('chart-attendance', 'The did-not-attend rate and the days from referral to first session, each month.', {
      type: 'line',
      data: {
        labels: months.map((m) => m.label),
        datasets: [
          { label: 'Did not attend (%)', borderColor: COLOURS.red, backgroundColor: COLOURS.red, yAxisID: 'rate', spanGaps: false, ...dna },
          { label: 'Median days to first session', borderColor: COLOURS.blue, backgroundColor: COLOURS.blue, yAxisID: 'days', ...median, suppressed: undefined },
          { label: '90th percentile days', borderColor: COLOURS.purple, backgroundColor: COLOURS.purple, borderDash: [6, 4], yAxisID: 'days', ...p90, suppressed: undefined },
        ],
      },
      options: { scales: { rate: { position: 'left', beginAtZero: true, title: { display: true, text: '%' } }, days: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'days' } } } },
    }),
    scrollingTable({
      caption: 'Attendance and waiting by month',
      head: ['Month', 'Did not attend', 'Median days to first session', '90th percentile days'],
      numeric: [1, 2, 3],
      rows: months.map((m) => [m.label, rate((m.figures || {}).didNotAttendRate), days((m.figures || {}).medianDaysToFirstSession), days((m.figures || {}).p90DaysToFirstSession)]),
    }),
  );
}

function outcomeSection(report, therapyName, period) {
  const rows = [...(report.totals || []), ...(report.rows || [])];
  if (!rows.length) {
    return h('div', {}, p('No patient in this period has a baseline and a later score.'), csvButton('outcomes', period, 'Download outcomes (CSV)'));
  }
  const label = (row) => `${therapyName(row.therapy)}: ${measureShort(row.measure)} ${say(SCORE_NAMES, row.score).toLowerCase()}`;
  const interval = rows.map((row) => (row.meanChangeLow && row.meanChangeHigh && !row.meanChangeLow.suppressed && present(row.meanChangeLow.value) && present(row.meanChangeHigh.value) ? [row.meanChangeLow.value, row.meanChangeHigh.value] : null));
  const mean = series(rows.map((row) => row.meanChange));
  return h(
    'div',
    {},
    p('Mean change from baseline to the latest score, with its 95% confidence interval. Whether a fall or a rise is better depends on the measure.'),
    chartFigure('chart-outcomes', 'The mean change of each score with its 95% confidence interval (the bar spans the interval; the dot is the mean).', {
      type: 'bar',
      data: {
        labels: rows.map(label),
        datasets: [
          { type: 'bar', label: '95% confidence interval', data: interval, backgroundColor: 'rgba(0, 94, 184, 0.35)', borderColor: COLOURS.blue, borderWidth: 1 },
          { type: 'line', label: 'Mean change', showLine: false, pointRadius: 6, pointStyle: 'circle', backgroundColor: COLOURS.darkBlue, borderColor: COLOURS.darkBlue, ...mean },
        ],
      },
      options: { indexAxis: 'y', scales: { y: { stacked: true } } },
    }),
    scrollingTable({
      caption: 'Outcome change by therapy and measure',
      head: ['Therapy and score', 'Patients', 'Mean baseline', 'Mean end', 'Mean change (95% CI)', 'Meaningfully improved'],
      numeric: [1, 2, 3, 4, 5],
      rows: rows.map((row) => [label(row), count(row.patients), cell(row.meanBaseline), cell(row.meanEnd), changeWithInterval(row), shareCell(row.shareMeaningfullyImproved)]),
    }),
    csvButton('outcomes', period, 'Download outcomes (CSV)'),
  );
}

function measureShort(code) {
  return MEASURES[code] ? MEASURES[code].name.split(' ')[0] : code;
}

function changeWithInterval(row) {
  if (!row.meanChange || row.meanChange.suppressed) {
    return cell(row.meanChange);
  }
  const low = row.meanChangeLow;
  const high = row.meanChangeHigh;
  const interval = low && high && present(low.value) && present(high.value) ? ` (${number(low.value, 2)} to ${number(high.value, 2)})` : '';
  return `${number(row.meanChange.value, 2)}${interval}`;
}

function shareCell(figure) {
  if (figure && !figure.suppressed && !present(figure.value)) {
    return h('span', { class: 'app-muted' }, 'No threshold');
  }
  return rate(figure);
}

function spendSection(report, schemes, therapyName, period) {
  const parts = [];
  if (schemes.length) {
    parts.push(
      chartFigure('chart-budget', 'Each scheme’s budget: spent, committed to sessions not yet delivered, and remaining.', {
        type: 'bar',
        data: {
          labels: schemes.map((scheme) => scheme.name),
          datasets: [
            { label: 'Spent', data: schemes.map((s) => (s.spentPence || 0) / 100), backgroundColor: COLOURS.blue, maxBarThickness: 48 },
            { label: 'Committed', data: schemes.map((s) => (s.committedPence || 0) / 100), backgroundColor: COLOURS.orange, maxBarThickness: 48 },
            { label: 'Remaining', data: schemes.map((s) => (s.remainingPence || 0) / 100), backgroundColor: COLOURS.grey, maxBarThickness: 48 },
          ],
        },
        options: { indexAxis: 'y', scales: { x: { stacked: true, title: { display: true, text: '£' } }, y: { stacked: true } } },
      }),
      scrollingTable({
        caption: 'Budget of each scheme (all time)',
        head: ['Scheme', 'Route', 'Budget', 'Spent', 'Committed', 'Remaining'],
        numeric: [2, 3, 4, 5],
        rows: schemes.map((s) => [s.name, say(ROUTE, s.route), money(s.budgetPence), money(s.spentPence), money(s.committedPence), money(s.remainingPence)]),
      }),
    );
  } else {
    parts.push(p('There are no funding schemes to show.'));
  }
  const rows = report.rows || [];
  parts.push(
    rows.length
      ? scrollingTable({
          caption: 'Spend on referrals received in the period',
          head: ['Scheme and therapy', 'Patients funded', 'Spent', 'Committed', 'Patients’ contributions', 'Completed courses', 'Cost per completed course', 'Cost per patient meaningfully improved'],
          numeric: [1, 2, 3, 4, 5, 6, 7],
          rows: rows.map((row) => {
            const f = row.figures || {};
            return [`${row.schemeName}: ${therapyName(row.therapy)}`, count(f.patientsFunded), moneyCell(f.spent), moneyCell(f.committed), moneyCell(f.patientContributions), count(f.completedCourses), moneyCell(f.costPerCompletedCourse), moneyCell(f.costPerMeaningfullyImprovedPatient)];
          }),
        })
      : p('No funded referral was received in this period.'),
    csvButton('spend', period, 'Download spend (CSV)'),
  );
  return h('div', {}, ...parts);
}

// --- CSV -------------------------------------------------------------------------------------

/**
 * A button that downloads the same report as CSV: the API's own CSV at /reports/{report}.csv,
 * fetched with the token. Its period and disclosure rules travel in the answer's X-Report-* and
 * X-Disclosure-Rules headers; the file is the table alone, its header row first.
 */
function csvButton(report, params, text) {
  const name = `${report}${params.groupBy ? `-by-${params.groupBy.toLowerCase()}` : ''}-${params.from}-to-${params.to}.csv`;
  const status = h('p', { class: 'nhsuk-body-s app-download-status', role: 'status' });
  const download = button(text, { variant: 'secondary', type: 'button', id: `csv-${report}${params.groupBy ? `-${params.groupBy.toLowerCase()}` : ''}` });
  download.addEventListener('click', async () => {
    status.textContent = '';
    try {
      const { data } = await whileBusy(download, 'Preparing the CSV…', () => call(`/reports/${report}.csv${queryString(params)}`, { accept: 'text/csv' }));
      const url = URL.createObjectURL(data);
      const anchor = h('a', { href: url, download: name, hidden: true });
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      status.textContent = `Downloaded ${name} (${data.size} bytes).`;
    } catch (problem) {
      status.textContent = 'The CSV could not be downloaded. Try again.';
    }
  });
  return h('div', { class: 'app-download' }, download, status);
}
