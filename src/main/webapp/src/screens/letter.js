// The treatment-summary letter. The practitioner drafts it (the API fills in the facts it holds),
// previews it as the PDF the GP will file, and sends it, which completes the referral or ends it
// early. The GP reads it, opens the PDF, and acknowledges it in the practice's inbox.
import { call, get, post, query } from '../api.js';
import { h, present, replaceChildren } from '../dom.js';
import { END_REASON, RECOMMENDATION, date, dateTime, nhsNumber, number, say } from '../labels.js';
import { SCORE_NAMES, measureName } from '../measures.js';
import { href, navigate } from '../router.js';
import { flash, takeFlash } from '../session.js';
import { backLink, button, buttonGroup, caption, flashBanner, heading, inset, p, progress, screen, summaryList, table, tag, whileBusy } from '../ui.js';
import { checkbox, chosen, clearErrors, radios, showProblem, textarea, ticked, valueOf } from '../forms.js';
import { patientName, readReferral } from './referral.js';

const DRAFTABLE = ['ACCEPTED', 'IN_TREATMENT'];

export async function letterScreen({ params, user }) {
  const { referral } = await readReferral(params.id);
  const base = `/referrals/${encodeURIComponent(referral.id)}`;
  const letter = await readLetter(referral.id);
  const parts = [flashBanner(takeFlash()), backLink(href(base), 'Back to the referral'), caption(patientName(referral))];
  if (user.role === 'practitioner' && DRAFTABLE.includes(referral.status) && (!letter || letter.status === 'DRAFT')) {
    return screen('Treatment summary letter', ...parts, draftForm(referral, letter));
  }
  if (!letter) {
    return screen('Treatment summary letter', ...parts, p('There is no letter for this referral yet. The practitioner sends it when treatment ends.'));
  }
  const acknowledgement = user.role === 'gp' ? await acknowledgementPart(referral.id) : null;
  return screen('Treatment summary letter', ...parts, letter.status === 'SENT' ? p(`Sent on ${dateTime(letter.sentAt)}.`) : null, acknowledgement, pdfPreview(referral.id), letterContent(letter));
}

async function readLetter(referralId) {
  try {
    return await get(`/referrals/${encodeURIComponent(referralId)}/letter`);
  } catch (problem) {
    if (problem.status === 404) {
      return null;
    }
    throw problem;
  }
}

// --- the practitioner's draft ---------------------------------------------------------------

function draftForm(referral, letter) {
  const narrative = (letter && letter.narrative) || {};
  const course = (letter && letter.course) || {};
  const endReasons = radios({ id: 'end-reason', field: 'endReason', legend: 'Why does the course end early?', options: Object.entries(END_REASON), value: course.endReason || '' });
  const endReasonHolder = h('div', { class: 'nhsuk-radios__conditional', hidden: !course.endedEarly }, endReasons);
  const form = h(
    'form',
    { novalidate: true, class: 'app-letter-form' },
    p(letter ? 'Your draft is saved. Change it, preview the PDF, then send it.' : 'The letter tells the GP what was offered, what the patient took up, and the outcomes. The service fills in the patient, the sessions and the outcome measures; you write the rest.'),
    textarea({ id: 'summary', field: 'summaryOfTreatment', label: 'Summary of treatment', hint: 'Needed to send the letter.', value: narrative.summaryOfTreatment }),
    textarea({ id: 'response', field: 'response', label: 'How the patient responded (optional)', value: narrative.response }),
    textarea({ id: 'advice', field: 'adviceGiven', label: 'Advice given (optional)', value: narrative.adviceGiven }),
    radios({ id: 'recommendation', field: 'recommendation', legend: 'Your recommendation', hint: 'Needed to send the letter.', options: Object.entries(RECOMMENDATION), value: narrative.recommendation || '' }),
    textarea({ id: 'recommendation-detail', field: 'recommendationDetail', label: 'About the recommendation (optional)', rows: 2, value: narrative.recommendationDetail }),
    textarea({ id: 'safety-concerns', field: 'safetyConcerns', label: 'Safety concerns (optional)', hint: 'A letter with safety concerns reaches the practice marked urgent.', value: narrative.safetyConcerns }),
    checkbox({ id: 'ends-early', field: 'endsEarly', label: 'The course ends early', hint: 'Sending then ends the referral early instead of completing it.', checked: Boolean(course.endedEarly), on: { change: (event) => { endReasonHolder.hidden = !event.target.checked; } } }),
    endReasonHolder,
  );
  const save = button(letter ? 'Save the draft' : 'Save as a draft', { variant: 'secondary', id: 'save-letter' });
  const send = button('Send the letter to the GP', { id: 'send-letter' });
  const previewHolder = h('div', {});
  const preview = button('Preview the PDF', { variant: 'secondary', type: 'button', id: 'preview-letter' });
  form.append(buttonGroup(save, letter ? preview : null, letter ? send : null));
  const draftBody = () => ({
    summaryOfTreatment: valueOf(form, 'summary') || undefined,
    response: valueOf(form, 'response') || undefined,
    adviceGiven: valueOf(form, 'advice') || undefined,
    recommendation: chosen(form, 'recommendation') || undefined,
    recommendationDetail: valueOf(form, 'recommendation-detail') || undefined,
    safetyConcerns: valueOf(form, 'safety-concerns') || undefined,
    endsEarly: ticked(form, 'ends-early'),
    endReason: ticked(form, 'ends-early') ? chosen(form, 'end-reason') || undefined : undefined,
  });
  const letterPath = `/referrals/${encodeURIComponent(referral.id)}/letter`;
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const sendNow = event.submitter === send;
    if (sending) return;
    sending = true;
    try {
      await whileBusy(event.submitter || save, sendNow ? 'Saving the draft…' : 'Saving…', () => post(letterPath, draftBody()));
      if (!sendNow) {
        flash('Draft saved. Preview the PDF before you send it.');
        navigate(`/referrals/${encodeURIComponent(referral.id)}/letter`, { replace: true });
        return;
      }
      await whileBusy(send, 'Sending the letter…', () => post(`${letterPath}/send`));
      flash('Letter sent to the GP practice. The referral is finished.');
      navigate(`/referrals/${encodeURIComponent(referral.id)}`);
    } catch (problem) {
      showProblem(form, problem);
    } finally {
      sending = false;
    }
  });
  preview.addEventListener('click', () => showPdf(referral.id, previewHolder, preview));
  return h('div', {}, letter ? factsPart(letter) : null, form, previewHolder);
}

function factsPart(letter) {
  return h('div', {}, heading(2, 'What the service fills in'), courseList(letter.course || {}), outcomeLines(letter.outcomes || {}));
}

// --- reading the letter ----------------------------------------------------------------------

function letterContent(letter) {
  const narrative = letter.narrative || {};
  const patient = letter.patient || {};
  const author = letter.author || {};
  const addressee = letter.addressee || {};
  return h(
    'div',
    { class: 'app-letter' },
    heading(2, 'The letter'),
    summaryList([
      ['To', [addressee.referrerName, addressee.practiceName].filter(Boolean).join(', ')],
      ['Patient', `${[patient.givenName, patient.familyName].filter(Boolean).join(' ')}, NHS number ${nhsNumber(patient.nhsNumber)}, born ${date(patient.birthDate)}`],
      ['From', [author.name, ...(author.registrations || []).map((r) => `${r.register} ${r.number}${r.current ? '' : ' (not current)'}`)].filter(Boolean).join(', ')],
      ['Therapy', letter.therapyName],
      ['Referred on', date(letter.referredOn)],
      ['Reason for referral', letter.referralReason],
    ]),
    heading(2, 'Sessions'),
    courseList(letter.course || {}),
    heading(2, 'Outcomes'),
    outcomeLines(letter.outcomes || {}),
    heading(2, 'The practitioner’s summary'),
    summaryList([
      ['Summary of treatment', narrative.summaryOfTreatment],
      ['Response', narrative.response],
      ['Advice given', narrative.adviceGiven],
      ['Recommendation', [say(RECOMMENDATION, narrative.recommendation), narrative.recommendationDetail].filter(Boolean).join(': ')],
      ['Safety concerns', present(narrative.safetyConcerns) ? narrative.safetyConcerns : 'None'],
    ]),
  );
}

function courseList(course) {
  return summaryList([
    ['Sessions offered', String(course.sessionsOffered ?? 0)],
    ['Attended', String(course.sessionsAttended ?? 0)],
    ['Did not attend', String(course.didNotAttend ?? 0)],
    ['Cancelled', `${course.cancelledByPatient ?? 0} by the patient, ${course.cancelledByPractitioner ?? 0} by the practitioner`],
    ['First and last session', present(course.firstSession) ? `${date(course.firstSession)} to ${date(course.lastSession)}` : null],
    course.endedEarly ? ['Ended early', say(END_REASON, course.endReason)] : null,
  ]);
}

function outcomeLines(outcomes) {
  if (outcomes.shared === false) {
    return inset(h('p', {}, outcomes.note || 'The patient did not agree to share outcome measures with the practice.'));
  }
  const lines = outcomes.lines || [];
  if (!lines.length) {
    return p('No outcome measure has a baseline and an end score.');
  }
  return table({
    caption: 'Baseline to end',
    captionSize: 's',
    head: ['Measure', 'Score', 'Baseline', 'End', 'Change', 'Meaningful improvement'],
    numeric: [2, 3, 4],
    rows: lines.map((line) => [
      measureName(line.measure),
      say(SCORE_NAMES, line.score),
      number(line.baseline, 2),
      number(line.end, 2),
      present(line.change) ? `${line.change > 0 ? '+' : ''}${number(line.change, 2)}` : '',
      line.meaningfulImprovement === true ? 'Yes' : line.meaningfulImprovement === false ? 'No' : 'No threshold defined',
    ]),
  });
}

// --- the PDF ---------------------------------------------------------------------------------

function pdfPreview(referralId) {
  const holder = h('div', {});
  const open = button('Open the letter as a PDF', { variant: 'secondary', type: 'button', id: 'open-pdf' });
  open.addEventListener('click', () => showPdf(referralId, holder, open));
  return h('div', {}, open, holder);
}

/** Fetches the PDF with the user's token and shows it, with a link to save it. */
async function showPdf(referralId, holder, trigger) {
  replaceChildren(holder, progress('Making the PDF…'));
  try {
    const { data } = await whileBusy(trigger, 'Making the PDF…', () => call(`/referrals/${encodeURIComponent(referralId)}/letter.pdf`, { accept: 'application/pdf' }));
    const url = URL.createObjectURL(data);
    replaceChildren(
      holder,
      h('p', { class: 'nhsuk-body', role: 'status' }, `The PDF is ready (${Math.max(1, Math.round(data.size / 1024))} KB). `, h('a', { class: 'nhsuk-link', href: url, download: 'treatment-summary-letter.pdf', id: 'pdf-download' }, 'Save the PDF')),
      h('iframe', { class: 'app-pdf', src: url, title: 'The treatment summary letter as a PDF', on: { load: (event) => { event.target.dataset.loaded = 'true'; } } }),
    );
  } catch (problem) {
    replaceChildren(holder, inset(h('p', {}, 'The PDF could not be made. Try again.')));
  }
}

// --- the GP's acknowledgement ----------------------------------------------------------------

async function acknowledgementPart(referralId) {
  const inbox = await get(`/inbox${query({ referralId, size: 100 })}`);
  const item = (inbox.items || []).find((entry) => entry.kind === 'LETTER');
  if (!item) {
    return null;
  }
  if (present(item.acknowledgedAt)) {
    return p(tag('Acknowledged', 'nhsuk-tag--green'), ` by ${item.acknowledgedBy || 'the practice'} on ${dateTime(item.acknowledgedAt)}.`);
  }
  const form = h('form', { novalidate: true }, p('Acknowledge the letter once you have read it and filed it in the patient’s record.'));
  const submit = button('Acknowledge the letter', { id: 'acknowledge' });
  form.append(submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await whileBusy(submit, 'Acknowledging…', () => post(`/inbox/${encodeURIComponent(item.id)}/acknowledge`));
      flash('Letter acknowledged.');
      navigate(`/referrals/${encodeURIComponent(referralId)}/letter`, { replace: true });
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return form;
}

