// Referring a patient (GP, or a link worker for a practice of the network): the NHS number checked
// as it is typed, the practitioner chosen from the directory with their regulation status, and one
// Idempotency-Key per form, so sending again after a lost answer cannot refer twice.
import { call, get, query } from '../api.js';
import { h } from '../dom.js';
import { CONDITION_CATEGORY } from '../labels.js';
import { href, navigate } from '../router.js';
import { flash } from '../session.js';
import { button, heading, p, screen, whileBusy } from '../ui.js';
import { chosen, clearErrors, dateInput, dateOf, linesOf, radios, select, setFieldError, showErrors, showProblem, textInput, textarea, ticked, checkbox, valueOf } from '../forms.js';
import { nhsNumberDigits, nhsNumberProblem } from '../nhs-number.js';
import { practitionerPicker } from './practitioner-picker.js';

const MAX_CONDITIONS = 20;

// Refusals without a field list, shown beside the field they are about.
const CODE_FIELDS = {
  'consent-required': 'consent.referralAgreed',
  'practitioner-not-regulated': 'delegationAccepted',
  'practitioner-not-accepting': 'practitionerId',
  'therapy-not-offered': 'practitionerId',
};

export async function referScreen({ user }) {
  if (user.role !== 'gp' && user.role !== 'link-worker') {
    return screen('Refer a patient', p('Only GPs and link workers refer patients.'));
  }
  const idempotencyKey = crypto.randomUUID();
  const picker = await practitionerPicker({ allowNone: true });
  const conditions = h('div', { id: 'conditions' });
  const form = h(
    'form',
    { novalidate: true, class: 'app-form' },
    await practiceField(user),
    heading(2, 'Patient'),
    textInput({ id: 'nhs-number', field: 'patient.nhsNumber', label: 'NHS number', hint: '10 digits, for example 943 476 5919. It is checked as you type.', width: 10, inputmode: 'numeric', autocomplete: 'off' }),
    textInput({ id: 'given-name', field: 'patient.givenName', label: 'Given name', width: 20, autocomplete: 'off', spellcheck: 'false' }),
    textInput({ id: 'family-name', field: 'patient.familyName', label: 'Family name', width: 20, autocomplete: 'off', spellcheck: 'false' }),
    dateInput({ id: 'birth-date', field: 'patient.birthDate', legend: 'Date of birth', hint: 'For example, 2 4 1971' }),
    textInput({ id: 'postcode', field: 'patient.postcode', label: 'Postcode (optional)', width: 10, autocomplete: 'off' }),
    textInput({ id: 'phone', field: 'patient.phone', label: 'Phone (optional)', width: 20, type: 'tel', autocomplete: 'off' }),
    textInput({ id: 'email', field: 'patient.email', label: 'Email (optional)', type: 'email', autocomplete: 'off', spellcheck: 'false' }),
    textInput({ id: 'interpreter', field: 'patient.interpreterLanguage', label: 'Interpreter language (optional)', hint: 'Only if the patient needs an interpreter.', width: 20 }),
    heading(2, 'Clinical details'),
    conditions,
    button('Add another condition', { variant: 'secondary', type: 'button', id: 'add-condition', on: { click: () => addCondition(conditions) } }),
    textarea({ id: 'reason', field: 'reason', label: 'Reason for referral', hint: 'What you would like the therapy to help with.' }),
    textarea({ id: 'goals', field: 'goals', label: 'The patient’s goals (optional)', rows: 2 }),
    textarea({ id: 'clinical-summary', field: 'clinicalSummary', label: 'Clinical summary (optional)' }),
    textarea({ id: 'medications', field: 'medications', label: 'Current medications (optional)', hint: 'One on each line.', rows: 3 }),
    textarea({ id: 'red-flags', field: 'redFlags', label: 'Red flags (optional)', hint: 'Anything the practitioner must know for safety, one on each line.', rows: 3 }),
    radios({ id: 'urgency', field: 'urgency', legend: 'Urgency', options: [['ROUTINE', 'Routine'], ['URGENT', 'Urgent']], value: 'ROUTINE', inline: true }),
    heading(2, 'Therapy and practitioner'),
    picker.node,
    heading(2, 'Consent'),
    checkbox({ id: 'referral-agreed', field: 'consent.referralAgreed', label: 'The patient agrees to this referral' }),
    radios({ id: 'share-outcomes', field: 'consent.shareOutcomesWithGp', legend: 'May the practitioner share outcome measures with the practice?', options: [['yes', 'Yes'], ['no', 'No']], inline: true }),
    heading(2, 'Referrer'),
    textInput({ id: 'referrer-name', field: 'referrer.name', label: 'Your name', value: user.name, width: 20 }),
    textInput({ id: 'professional-code', field: 'referrer.professionalCode', label: 'Professional code (optional)', hint: 'For example, your GMC number.', width: 10 }),
  );
  addCondition(conditions);
  const submit = button('Send the referral', { id: 'send-referral' });
  form.append(submit);
  watchNhsNumber(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const { body, errors } = readReferral(form, picker, user);
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    try {
      const { data } = await whileBusy(submit, 'Sending the referral…', () => call('/referrals', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } }));
      flash(data.status === 'AWAITING_TRIAGE' ? 'Referral sent. It waits for a link worker to choose the therapy and practitioner.' : 'Referral sent to the practitioner.');
      navigate(`/referrals/${encodeURIComponent(data.id)}`);
    } catch (problem) {
      showProblem(form, problem, CODE_FIELDS);
    }
  });
  return screen('Refer a patient', p('Every field is needed unless it says optional.'), form);
}

async function practiceField(user) {
  if (user.role === 'gp') {
    return h('p', { class: 'nhsuk-body' }, `For your practice, ${user.odsCode}.`);
  }
  const practices = await get(`/practices${query({ pcnCode: user.pcnCode })}`);
  return select({ id: 'practice', field: 'practiceOdsCode', label: 'Practice', hint: 'The patient’s registered practice in your network.', options: [['', 'Choose a practice'], ...practices.map((practice) => [practice.odsCode, `${practice.name} (${practice.odsCode})`])] });
}

function addCondition(conditions) {
  const index = conditions.children.length;
  if (index >= MAX_CONDITIONS) {
    return;
  }
  const row = h(
    'fieldset',
    { class: 'nhsuk-fieldset app-condition' },
    h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, `Condition ${index + 1}`),
    textInput({ id: `condition-${index}-text`, field: `conditions[${index}].text`, label: 'Condition', hint: index === 0 ? 'For example, chronic low back pain.' : null }),
    select({ id: `condition-${index}-category`, field: `conditions[${index}].category`, label: 'Kind of condition', options: [['', 'Choose'], ...Object.entries(CONDITION_CATEGORY)] }),
    textInput({ id: `condition-${index}-snomed`, field: `conditions[${index}].snomedCode`, label: 'SNOMED CT code (optional)', width: 20, inputmode: 'numeric' }),
  );
  conditions.append(row);
  if (index > 0) {
    row.querySelector('input').focus();
  }
}

function watchNhsNumber(form) {
  const input = form.querySelector('#nhs-number');
  const check = (finished) => {
    const digits = nhsNumberDigits(input.value);
    const problem = nhsNumberProblem(input.value);
    // While typing, say nothing until ten digits are there (or a non-digit is typed).
    const show = finished || digits.length >= 10 || /[^\d\s]/.test(input.value);
    setFieldError(form, 'patient.nhsNumber', show && digits ? problem : null);
  };
  input.addEventListener('input', () => check(false));
  input.addEventListener('blur', () => check(true));
}

/** The request body, or the errors to fix first (only what must be there, and the NHS number). */
function readReferral(form, picker, user) {
  const errors = [];
  const need = (id, field, text) => {
    const value = valueOf(form, id);
    if (!value) errors.push({ field, text });
    return value;
  };
  const practiceOdsCode = user.role === 'gp' ? user.odsCode : need('practice', 'practiceOdsCode', 'Choose the patient’s practice');
  const nhsProblem = nhsNumberProblem(valueOf(form, 'nhs-number'));
  if (nhsProblem) errors.push({ field: 'patient.nhsNumber', text: nhsProblem });
  const givenName = need('given-name', 'patient.givenName', 'Enter the patient’s given name');
  const familyName = need('family-name', 'patient.familyName', 'Enter the patient’s family name');
  const birthDate = dateOf(form, 'birth-date');
  if (!birthDate) errors.push({ field: 'patient.birthDate', text: birthDate === '' ? 'Enter the patient’s date of birth' : 'Date of birth must be a real date' });
  const conditions = [...form.querySelectorAll('.app-condition')].map((row, index) => ({
    text: valueOf(form, `condition-${index}-text`),
    category: valueOf(form, `condition-${index}-category`),
    snomedCode: valueOf(form, `condition-${index}-snomed`) || undefined,
  }));
  conditions.forEach((condition, index) => {
    if (index > 0 && !condition.text && !condition.category && !condition.snomedCode) return;
    if (!condition.text) errors.push({ field: `conditions[${index}].text`, text: `Enter condition ${index + 1}` });
    if (!condition.category) errors.push({ field: `conditions[${index}].category`, text: `Choose the kind of condition ${index + 1}` });
  });
  const reason = need('reason', 'reason', 'Enter the reason for referral');
  const share = chosen(form, 'share-outcomes');
  if (!share) errors.push({ field: 'consent.shareOutcomesWithGp', text: 'Say whether outcome measures may be shared with the practice' });
  const choice = picker.read(form);
  const referrerName = need('referrer-name', 'referrer.name', 'Enter your name');
  const body = {
    practiceOdsCode,
    referrer: { name: referrerName, professionalCode: valueOf(form, 'professional-code') || undefined },
    patient: {
      nhsNumber: nhsNumberDigits(valueOf(form, 'nhs-number')),
      givenName,
      familyName,
      birthDate: birthDate || undefined,
      postcode: valueOf(form, 'postcode') || undefined,
      phone: valueOf(form, 'phone') || undefined,
      email: valueOf(form, 'email') || undefined,
      interpreterLanguage: valueOf(form, 'interpreter') || undefined,
    },
    conditions: conditions.filter((condition, index) => index === 0 || condition.text || condition.category || condition.snomedCode),
    therapyCode: choice.therapyCode || undefined,
    practitionerId: choice.practitionerId || undefined,
    reason,
    goals: valueOf(form, 'goals') || undefined,
    clinicalSummary: valueOf(form, 'clinical-summary') || undefined,
    medications: linesOf(form, 'medications'),
    redFlags: linesOf(form, 'red-flags'),
    urgency: chosen(form, 'urgency') || 'ROUTINE',
    consent: { referralAgreed: ticked(form, 'referral-agreed'), shareOutcomesWithGp: share === 'yes' },
    delegationAccepted: choice.unregulated ? choice.delegationAccepted : undefined,
  };
  return { body, errors };
}
