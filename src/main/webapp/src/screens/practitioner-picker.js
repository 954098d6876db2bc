// Choosing a therapy and a practitioner from the directory: each practitioner with their regulation
// status, registrations and how they answer referrals, and the GMC delegation warning when the
// chosen practitioner has no current registration.
import { get, query } from '../api.js';
import { h, present, replaceChildren } from '../dom.js';
import { REGULATION, REGULATION_COLOUR, date, percent, responseTime, say } from '../labels.js';
import { therapies } from '../session.js';
import { button, inset, p, progress, tag, warning } from '../ui.js';
import { checkbox, chosen, select, ticked } from '../forms.js';

const SHOWN_AT_ONCE = 10;

/**
 * options.allowNone: offer "no practitioner" (the referral then waits for a link worker);
 * options.therapyCode: the therapy chosen already (a link worker may change it).
 */
export async function practitionerPicker({ allowNone = false, therapyCode = '' } = {}) {
  const catalogue = [...(await therapies()).values()].sort((a, b) => a.name.localeCompare(b.name));
  const list = h('div', { class: 'app-practitioners', 'aria-live': 'polite' });
  const evidence = h('div', {});
  const therapySelect = select({
    id: 'therapy',
    field: 'therapyCode',
    label: allowNone ? 'Therapy (optional)' : 'Therapy',
    hint: allowNone ? 'Leave this empty to let a link worker choose the therapy.' : null,
    options: [['', allowNone ? 'No therapy chosen: for triage' : 'Choose a therapy'], ...catalogue.map((therapy) => [therapy.code, therapy.name])],
    value: therapyCode || '',
  });
  const node = h('div', {}, therapySelect, evidence, list);
  const state = { practitioners: [], shown: SHOWN_AT_ONCE };

  async function load(code) {
    const therapy = catalogue.find((t) => t.code === code);
    replaceChildren(evidence, therapy ? inset(h('p', {}, therapy.evidenceSummary), present(therapy.niceGuidance) ? h('p', {}, `NICE guidance: ${therapy.niceGuidance}`) : null) : null);
    if (!code) {
      state.practitioners = [];
      draw();
      return;
    }
    replaceChildren(list, progress('Finding practitioners…'));
    state.practitioners = await get(`/practitioners${query({ therapy: code, acceptingReferrals: 'true' })}`);
    state.shown = SHOWN_AT_ONCE;
    draw();
  }

  function draw() {
    const code = node.querySelector('#therapy').value;
    if (!code && !allowNone) {
      replaceChildren(list);
      return;
    }
    const shown = state.practitioners.slice(0, state.shown);
    const options = shown.map((practitioner) => practitionerOption(practitioner));
    if (allowNone) {
      options.push(noneOption(code));
    }
    const group = h(
      'div',
      { class: 'nhsuk-form-group', 'data-field': 'practitionerId', 'data-input': 'practitioner' },
      h(
        'fieldset',
        { class: 'nhsuk-fieldset' },
        h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, 'Practitioner'),
        h('div', { class: 'nhsuk-hint', id: 'practitioner-hint' }, code ? `${state.practitioners.length === 1 ? '1 practitioner accepts' : `${state.practitioners.length} practitioners accept`} referrals for this therapy, statutorily regulated first.` : 'Choose a therapy to see its practitioners.'),
        h('div', { class: 'nhsuk-radios' }, options.map((option, i) => option(i === 0 ? 'practitioner' : `practitioner-${i + 1}`))),
      ),
    );
    const more =
      state.practitioners.length > state.shown
        ? button(`Show ${Math.min(SHOWN_AT_ONCE, state.practitioners.length - state.shown)} more practitioners`, {
            variant: 'secondary',
            type: 'button',
            on: {
              click: () => {
                state.shown += SHOWN_AT_ONCE;
                draw();
              },
            },
          })
        : null;
    replaceChildren(list, code && !state.practitioners.length ? p('No practitioner accepts referrals for this therapy at the moment.') : null, group, more, h('div', { id: 'delegation' }));
    for (const radio of list.querySelectorAll('input[name="practitioner"]')) {
      radio.addEventListener('change', delegation);
    }
  }

  function practitionerOption(practitioner) {
    return (id) =>
      h(
        'div',
        { class: 'nhsuk-radios__item' },
        h('input', { class: 'nhsuk-radios__input', id, name: 'practitioner', type: 'radio', value: practitioner.id, 'data-regulation': practitioner.regulationStatus, 'aria-describedby': `${id}-item-hint` }),
        h('label', { class: 'nhsuk-label nhsuk-radios__label', for: id }, practitioner.displayName, ' ', tag(say(REGULATION, practitioner.regulationStatus), REGULATION_COLOUR[practitioner.regulationStatus])),
        h('div', { class: 'nhsuk-hint nhsuk-radios__hint', id: `${id}-item-hint` }, practitionerFacts(practitioner)),
      );
  }

  function noneOption(code) {
    return (id) =>
      h(
        'div',
        { class: 'nhsuk-radios__item' },
        h('input', { class: 'nhsuk-radios__input', id, name: 'practitioner', type: 'radio', value: '' }),
        h('label', { class: 'nhsuk-label nhsuk-radios__label', for: id }, code ? 'No practitioner: let a link worker choose' : 'Send for triage by a link worker'),
      );
  }

  function delegation() {
    const radio = list.querySelector('input[name="practitioner"]:checked');
    const holder = list.querySelector('#delegation');
    if (!radio || radio.dataset.regulation !== 'UNVERIFIED') {
      replaceChildren(holder);
      return;
    }
    replaceChildren(
      holder,
      warning(
        'This practitioner has no current registration',
        'GMC guidance on delegation and referral: you should usually refer to someone registered with a statutory regulator. If you refer to someone who is not, you must be satisfied that systems are in place to assure the safety and quality of the care, and you stay responsible for the decision to refer.',
        checkbox({ id: 'delegation-accepted', field: 'delegationAccepted', label: 'I accept responsibility for referring to this practitioner' }),
      ),
    );
  }

  node.querySelector('#therapy').addEventListener('change', (event) => load(event.target.value));
  await load(therapyCode || '');
  return {
    node,
    /** What the user chose: { therapyCode, practitionerId, delegationAccepted, unregulated }. */
    read(form) {
      const radio = form.querySelector('input[name="practitioner"]:checked');
      return {
        therapyCode: form.querySelector('#therapy').value,
        practitionerId: chosen(form, 'practitioner'),
        answered: Boolean(radio),
        unregulated: Boolean(radio && radio.dataset.regulation === 'UNVERIFIED'),
        delegationAccepted: ticked(form, 'delegation-accepted'),
      };
    },
  };
}

function practitionerFacts(practitioner) {
  const registrations = (practitioner.registrations || []).map(
    (registration) => `${registration.registerName || registration.register} ${registration.number}, ${registration.current ? 'current' : 'not current'}, expires ${date(registration.expiresOn)}`,
  );
  return h(
    'span',
    {},
    practitioner.location || '',
    registrations.length ? [h('br'), registrations.join('; ')] : [h('br'), 'No registrations recorded'],
    h('br'),
    responseText(practitioner.referralResponses),
  );
}

function responseText(figures) {
  // the counts pass through the reports' disclosure control: a few answers are suppressed, never 0
  if (figures && figures.respondedCount && figures.respondedCount.suppressed) {
    return 'Answered a few referrals (the exact number is withheld to protect patients)';
  }
  if (!figures || !figures.responded) {
    return 'Has not answered a referral yet';
  }
  const parts = [`Answered about ${figures.responded} referral${figures.responded === 1 ? '' : 's'}`];
  if (present(figures.acceptanceRate)) parts.push(`accepted ${percent(figures.acceptanceRate)}`);
  if (present(figures.medianResponseHours)) parts.push(`usually answers ${responseTime(figures.medianResponseHours)}`);
  return parts.join(', ');
}
