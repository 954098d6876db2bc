// Outcome measures: the practitioner records a completed questionnaire on a form that shows its
// items and refuses impossible answers before sending; everyone who may see the referral sees the
// scores, their bands and the change from baseline as the API computed them.
import { get, post } from '../api.js';
import { h, present } from '../dom.js';
import { TIME_POINT, date, number, say } from '../labels.js';
import { MEASURES, SCORE_NAMES, measureName } from '../measures.js';
import { href, navigate } from '../router.js';
import { flash, takeFlash } from '../session.js';
import { backLink, button, buttonLink, caption, flashBanner, heading, inset, p, screen, table, tag, warning, whileBusy } from '../ui.js';
import { chosen, clearErrors, dateInput, dateOf, radios, select, showErrors, showProblem, textInput, valueOf } from '../forms.js';
import { patientName, readReferral } from './referral.js';

const RECORDABLE = ['ACCEPTED', 'IN_TREATMENT'];

export async function outcomesScreen({ params, user }) {
  const { referral } = await readReferral(params.id);
  const summary = await get(`/referrals/${encodeURIComponent(params.id)}/outcomes`);
  const canRecord = user.role === 'practitioner' && RECORDABLE.includes(referral.status);
  const base = `/referrals/${encodeURIComponent(referral.id)}`;
  return screen(
    'Outcome measures',
    flashBanner(takeFlash()),
    backLink(href(base), 'Back to the referral'),
    caption(patientName(referral)),
    summary.shared === false ? inset(h('p', {}, summary.note || 'The patient did not agree to share outcome measures with the practice.')) : null,
    canRecord ? buttonLink(href(`${base}/outcomes/new`), 'Record an outcome measure') : null,
    heading(2, 'Change from baseline'),
    changesTable(summary.changes || []),
    heading(2, 'Every measure recorded'),
    recordsTable(summary.records || []),
  );
}

function changesTable(changes) {
  if (!changes.length) {
    return p('A change is shown once a measure has a baseline and a later score.');
  }
  return table({
    caption: 'Baseline, latest score and change',
    captionSize: 's',
    head: ['Measure', 'Score', 'Baseline', 'Latest', 'Change', 'Meaningful improvement'],
    numeric: [2, 3, 4],
    rows: changes.map((change) => [
      measureName(change.measure),
      `${say(SCORE_NAMES, change.score)} (${change.direction === 'LOWER_IS_BETTER' ? 'lower is better' : 'higher is better'})`,
      present(change.baseline) ? `${number(change.baseline, 2)} on ${date(change.baselineOn)}` : '',
      present(change.latest) ? `${number(change.latest, 2)} on ${date(change.latestOn)}` : '',
      present(change.change) ? signed(change.change) : '',
      improvement(change.meaningfulImprovement),
    ]),
  });
}

function signed(value) {
  return `${value > 0 ? '+' : ''}${number(value, 2)}`;
}

function improvement(value) {
  if (value === true) return tag('Yes', 'nhsuk-tag--green');
  if (value === false) return tag('No', 'nhsuk-tag--grey');
  return h('span', { class: 'app-muted' }, 'No threshold defined for this score');
}

function recordsTable(records) {
  if (!records.length) {
    return p('No outcome measures recorded yet.');
  }
  return table({
    caption: 'Questionnaires and their scores',
    captionSize: 's',
    head: ['Completed', 'Measure', 'When in treatment', 'Scores'],
    rows: records.map((record) => [
      date(record.completedOn),
      h('span', {}, measureName(record.measure), record.urgentReviewNeeded ? [' ', tag('Urgent review', 'nhsuk-tag--red')] : null),
      say(TIME_POINT, record.timePoint),
      h('ul', { class: 'nhsuk-list app-scores' }, (record.scores || []).map((score) => h('li', {}, `${say(SCORE_NAMES, score.name)}: ${number(score.value, 2)}${present(score.band) ? ` (${score.band})` : ''}`))),
    ]),
  });
}

export async function outcomeFormScreen({ params, query }) {
  const { referral } = await readReferral(params.id);
  const base = `/referrals/${encodeURIComponent(referral.id)}`;
  const code = query.get('measure');
  const measure = MEASURES[code];
  const parts = [backLink(href(`${base}/outcomes`), 'Back to outcome measures'), caption(patientName(referral))];
  if (!RECORDABLE.includes(referral.status)) {
    return screen('Record an outcome measure', ...parts, p('Outcome measures can be recorded while the referral is accepted or in treatment.'));
  }
  parts.push(chooseMeasure(base, code));
  if (measure) {
    parts.push(measureForm(referral, code, measure));
  }
  return screen(measure ? `Record ${measure.name}` : 'Record an outcome measure', ...parts);
}

function chooseMeasure(base, code) {
  const form = h(
    'form',
    { class: 'app-filter', method: 'get', action: href(`${base}/outcomes/new`) },
    select({ id: 'measure', field: 'measure', label: 'Measure', options: [['', 'Choose a measure'], ...Object.entries(MEASURES).map(([value, m]) => [value, m.name])], value: code || '' }),
    h('button', { class: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'submit' }, code ? 'Change measure' : 'Show its form'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = form.querySelector('#measure').value;
    navigate(`${base}/outcomes/new${value ? `?measure=${value}` : ''}`);
  });
  return form;
}

function measureForm(referral, code, measure) {
  const today = new Date();
  const todayText = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const items = measure.items.map((item, index) =>
    textInput({
      id: `item-${index + 1}`,
      field: `answers[${index}]`,
      label: `${index + 1}. ${item}`,
      hint: `${measure.optional && measure.optional.includes(index) ? 'Optional. ' : ''}A whole number from ${measure.min} to ${measure.max}.`,
      width: 2,
      inputmode: 'numeric',
      autocomplete: 'off',
    }),
  );
  const form = h(
    'form',
    { novalidate: true, class: 'app-measure' },
    radios({ id: 'time-point', field: 'timePoint', legend: 'When in treatment', options: Object.entries(TIME_POINT) }),
    dateInput({ id: 'completed-on', field: 'completedOn', legend: 'Date the patient completed it', value: todayText }),
    h(
      'div',
      { class: 'nhsuk-form-group', 'data-field': 'answers', 'data-input': 'item-1' },
      h(
        'fieldset',
        { class: 'nhsuk-fieldset' },
        h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--m' }, 'Answers'),
        measure.intro ? p(measure.intro) : null,
        inset(h('p', {}, `Answer scale: ${measure.scale}.`), measure.licensed ? h('p', {}, 'Enter the answers in the order of the licensed questionnaire the patient completed.') : null),
        measure.note ? warning('Safety', measure.note) : null,
        items,
      ),
    ),
    measure.vas ? textInput({ id: 'vas', field: 'vas', label: 'Health today on the visual analogue scale', hint: 'A whole number from 0 (worst) to 100 (best).', width: 3, inputmode: 'numeric' }) : null,
  );
  const submit = button(`Save ${measure.name.split(' ')[0]}`, { id: 'save-measure' });
  form.append(submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const { body, errors } = readAnswers(form, code, measure);
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    try {
      const recorded = await whileBusy(submit, 'Saving and scoring…', () => post(`/referrals/${encodeURIComponent(referral.id)}/outcomes`, body));
      if (recorded && recorded.urgentReviewNeeded) {
        flash(recordedText(code, recorded), 'warning', 'Urgent clinical review needed');
      } else {
        flash(recordedText(code, recorded));
      }
      navigate(`/referrals/${encodeURIComponent(referral.id)}/outcomes`);
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return form;
}

/** The answers, or an error beside each item whose answer is missing or out of range. */
function readAnswers(form, code, measure) {
  const errors = [];
  const timePoint = chosen(form, 'time-point');
  if (!timePoint) errors.push({ field: 'timePoint', text: 'Select when in treatment the patient completed it' });
  const completedOn = dateOf(form, 'completed-on');
  if (!completedOn) errors.push({ field: 'completedOn', text: completedOn === '' ? 'Enter the date the patient completed it' : 'The date must be a real date' });
  const answers = [];
  measure.items.forEach((item, index) => {
    const value = valueOf(form, `item-${index + 1}`);
    const optional = measure.optional && measure.optional.includes(index);
    if (!value && optional) return;
    if (!/^\d+$/.test(value) || Number(value) < measure.min || Number(value) > measure.max) {
      errors.push({ field: `answers[${index}]`, text: `Answer ${index + 1} must be a whole number from ${measure.min} to ${measure.max}` });
      return;
    }
    answers.push(Number(value));
  });
  let vas;
  if (measure.vas) {
    const value = valueOf(form, 'vas');
    if (!/^\d+$/.test(value) || Number(value) > 100) errors.push({ field: 'vas', text: 'Health today must be a whole number from 0 to 100' });
    else vas = Number(value);
  }
  return { errors, body: { measure: code, timePoint, completedOn, answers, vas } };
}

function recordedText(code, recorded) {
  const name = measureName(code);
  if (!recorded || !recorded.scores) {
    return `${name} recorded.`;
  }
  const scores = recorded.scores.map((score) => `${say(SCORE_NAMES, score.name).toLowerCase()} ${number(score.value, 2)}${present(score.band) ? ` (${score.band})` : ''}`).join(', ');
  const urgent = recorded.urgentReviewNeeded ? ' The answer to item 9 needs urgent clinical review: an urgent safety alert has gone to the GP practice.' : '';
  return `${name} recorded: ${scores}.${urgent}`;
}
