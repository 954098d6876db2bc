// Form fields in the NHS.UK pattern, and problems shown beside the field they name: a summary at
// the top of the form links to each field, and each field says what is wrong in plain words.
import { h, present } from './dom.js';
import { ApiProblem } from './api.js';

/**
 * Every field is wrapped in a form group that knows the API field it fills (data-field), so a
 * problem's errors[].field finds it.
 */
function group({ field, id }, ...content) {
  return h('div', { class: 'nhsuk-form-group', 'data-field': field, 'data-input': id }, ...content);
}

function hintFor(id, hint) {
  return hint ? h('div', { class: 'nhsuk-hint', id: `${id}-hint` }, hint) : null;
}

export function textInput({ id, field, label, hint, value, type = 'text', width, inputmode, autocomplete, spellcheck }) {
  return group(
    { field, id },
    h('label', { class: 'nhsuk-label', for: id }, label),
    hintFor(id, hint),
    h('input', {
      class: `nhsuk-input${width ? ` nhsuk-input--width-${width}` : ''}`,
      id,
      name: id,
      type,
      value: present(value) ? value : null,
      inputmode,
      autocomplete,
      spellcheck,
      'aria-describedby': hint ? `${id}-hint` : null,
    }),
  );
}

export function textarea({ id, field, label, hint, value, rows = 4 }) {
  const area = h('textarea', { class: 'nhsuk-textarea', id, name: id, rows, 'aria-describedby': hint ? `${id}-hint` : null });
  area.value = present(value) ? value : '';
  return group({ field, id }, h('label', { class: 'nhsuk-label', for: id }, label), hintFor(id, hint), area);
}

export function select({ id, field, label, hint, options, value }) {
  return group(
    { field, id },
    h('label', { class: 'nhsuk-label', for: id }, label),
    hintFor(id, hint),
    h('select', { class: 'nhsuk-select', id, name: id, 'aria-describedby': hint ? `${id}-hint` : null }, options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text))),
  );
}

/** options: [value, label, hint?]; the first radio's id is the group's id (errors link to it). */
export function radios({ id, field, legend, hint, options, value, inline = false, small = false, on }) {
  return group(
    { field, id },
    h(
      'fieldset',
      { class: 'nhsuk-fieldset', 'aria-describedby': hint ? `${id}-hint` : null },
      h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, legend),
      hintFor(id, hint),
      h(
        'div',
        { class: `nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}${small ? ' nhsuk-radios--small' : ''}` },
        options.map(([optionValue, text, optionHint], i) => {
          const inputId = i === 0 ? id : `${id}-${i + 1}`;
          return h(
            'div',
            { class: 'nhsuk-radios__item' },
            h('input', { class: 'nhsuk-radios__input', id: inputId, name: id, type: 'radio', value: optionValue, checked: optionValue === value, 'aria-describedby': optionHint ? `${inputId}-item-hint` : null, on }),
            h('label', { class: 'nhsuk-label nhsuk-radios__label', for: inputId }, text),
            optionHint ? h('div', { class: 'nhsuk-hint nhsuk-radios__hint', id: `${inputId}-item-hint` }, optionHint) : null,
          );
        }),
      ),
    ),
  );
}

export function checkbox({ id, field, label, hint, checked = false, on }) {
  return group(
    { field, id },
    h(
      'div',
      { class: 'nhsuk-checkboxes' },
      h(
        'div',
        { class: 'nhsuk-checkboxes__item' },
        h('input', { class: 'nhsuk-checkboxes__input', id, name: id, type: 'checkbox', value: 'yes', checked, 'aria-describedby': hint ? `${id}-item-hint` : null, on }),
        h('label', { class: 'nhsuk-label nhsuk-checkboxes__label', for: id }, label),
        hint ? h('div', { class: 'nhsuk-hint nhsuk-checkboxes__hint', id: `${id}-item-hint` }, hint) : null,
      ),
    ),
  );
}

/** Day, month and year boxes; the day box's id is the group's id. */
export function dateInput({ id, field, legend, hint, value }) {
  const [year, month, day] = present(value) ? value.split('-') : ['', '', ''];
  const part = (suffix, label, width, partValue) =>
    h(
      'div',
      { class: 'nhsuk-date-input__item' },
      h(
        'div',
        { class: 'nhsuk-form-group' },
        h('label', { class: 'nhsuk-label nhsuk-date-input__label', for: `${id}${suffix}` }, label),
        h('input', { class: `nhsuk-input nhsuk-input--width-${width} nhsuk-date-input__input`, id: `${id}${suffix}`, name: `${id}${suffix}`, type: 'text', inputmode: 'numeric', value: partValue ? String(Number(partValue)) : null }),
      ),
    );
  return group(
    { field, id },
    h(
      'fieldset',
      { class: 'nhsuk-fieldset', role: 'group', 'aria-describedby': hint ? `${id}-hint` : null },
      h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, legend),
      hintFor(id, hint),
      h('div', { class: 'nhsuk-date-input' }, part('', 'Day', 2, day), part('-month', 'Month', 2, month), part('-year', 'Year', 4, year)),
    ),
  );
}

// --- reading values ---------------------------------------------------------------------------

export function valueOf(form, id) {
  const element = form.querySelector(`#${CSS.escape(id)}`);
  return element ? element.value.trim() : '';
}

export function chosen(form, name) {
  const checked = form.querySelector(`input[name="${name}"]:checked`);
  return checked ? checked.value : '';
}

export function ticked(form, id) {
  const box = form.querySelector(`#${CSS.escape(id)}`);
  return Boolean(box && box.checked);
}

/** "YYYY-MM-DD", "" when all three boxes are empty, or null when the date is not a real date. */
export function dateOf(form, id) {
  const day = valueOf(form, id);
  const month = valueOf(form, `${id}-month`);
  const year = valueOf(form, `${id}-year`);
  if (!day && !month && !year) {
    return '';
  }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return null;
  }
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
    return null;
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Lines of a text box, without blank ones. */
export function linesOf(form, id) {
  return valueOf(form, id)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

// --- showing problems -------------------------------------------------------------------------

/** Removes the errors a form shows. */
export function clearErrors(form) {
  form.querySelectorAll('.nhsuk-error-summary').forEach((summary) => summary.remove());
  form.querySelectorAll('.nhsuk-form-group--error').forEach((groupElement) => groupElement.classList.remove('nhsuk-form-group--error'));
  form.querySelectorAll('.nhsuk-error-message').forEach((message) => message.remove());
  form.querySelectorAll('[data-error-described]').forEach((input) => {
    input.classList.remove('nhsuk-input--error', 'nhsuk-textarea--error', 'nhsuk-select--error');
    const describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter((token) => !token.endsWith('-error'));
    if (describedBy.length) {
      input.setAttribute('aria-describedby', describedBy.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
    input.removeAttribute('data-error-described');
  });
}

/** Shows or clears one field's error as the user types, without the summary. */
export function setFieldError(form, field, text) {
  const groupElement = findGroup(form, field);
  if (!groupElement) {
    return;
  }
  const inputId = groupElement.dataset.input;
  const messageId = `${inputId}-error`;
  groupElement.querySelector(`#${CSS.escape(messageId)}`)?.remove();
  const input = groupElement.querySelector(`#${CSS.escape(inputId)}`);
  groupElement.classList.toggle('nhsuk-form-group--error', Boolean(text));
  input.classList.toggle('nhsuk-input--error', Boolean(text));
  const describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter((token) => token && token !== messageId);
  if (text) {
    const message = h('span', { class: 'nhsuk-error-message', id: messageId }, h('span', { class: 'nhsuk-u-visually-hidden' }, 'Error: '), text);
    (groupElement.querySelector('.nhsuk-hint') || groupElement.querySelector('label')).after(message);
    describedBy.push(messageId);
    input.setAttribute('data-error-described', '');
  }
  if (describedBy.length) {
    input.setAttribute('aria-describedby', describedBy.join(' '));
  } else {
    input.removeAttribute('aria-describedby');
  }
}

/**
 * Shows errors ([{ field, text }]) beside their fields and in a summary at the top of the form,
 * then moves focus to the summary. An error whose field the form lacks is listed in the summary.
 */
export function showErrors(form, errors) {
  clearErrors(form);
  const items = [];
  for (const error of errors) {
    const groupElement = findGroup(form, error.field);
    if (!groupElement) {
      items.push(h('li', {}, error.text));
      continue;
    }
    const inputId = groupElement.dataset.input;
    const messageId = `${inputId}-error`;
    if (!groupElement.classList.contains('nhsuk-form-group--error')) {
      groupElement.classList.add('nhsuk-form-group--error');
      const message = h('span', { class: 'nhsuk-error-message', id: messageId }, h('span', { class: 'nhsuk-u-visually-hidden' }, 'Error: '), error.text);
      const anchor = groupElement.querySelector('.nhsuk-hint') || groupElement.querySelector('legend') || groupElement.querySelector('label');
      if (anchor) {
        anchor.after(message);
      } else {
        groupElement.prepend(message);
      }
      for (const input of groupElement.querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea, select')) {
        input.classList.add(input.tagName === 'TEXTAREA' ? 'nhsuk-textarea--error' : input.tagName === 'SELECT' ? 'nhsuk-select--error' : 'nhsuk-input--error');
        describe(input, messageId);
      }
      const fieldset = groupElement.querySelector('fieldset');
      if (fieldset) {
        describe(fieldset, messageId);
      }
    }
    items.push(h('li', {}, h('a', { href: `#${inputId}`, on: { click: (event) => focusField(event, inputId) } }, error.text)));
  }
  const summary = h(
    'div',
    { class: 'nhsuk-error-summary', tabindex: '-1' },
    h('div', { role: 'alert' }, h('h2', { class: 'nhsuk-error-summary__heading' }, 'There is a problem'), h('div', { class: 'nhsuk-error-summary__body' }, h('ul', { class: 'nhsuk-list nhsuk-error-summary__list' }, items))),
  );
  form.prepend(summary);
  summary.focus();
}

function describe(element, messageId) {
  const describedBy = (element.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  element.setAttribute('aria-describedby', [...describedBy, messageId].join(' '));
  element.setAttribute('data-error-described', '');
}

function focusField(event, inputId) {
  const input = document.getElementById(inputId);
  if (input) {
    event.preventDefault();
    input.focus();
    input.scrollIntoView({ block: 'center' });
  }
}

/** The group for an API field: exact, or the nearest named parent ("patient.nhsNumber" -> "patient"). */
function findGroup(form, field) {
  let name = field || '';
  while (name) {
    const groupElement = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (groupElement) {
      return groupElement;
    }
    const cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
    name = cut > 0 ? name.slice(0, cut) : '';
  }
  return null;
}

function labelOf(form, field) {
  const groupElement = findGroup(form, field);
  const label = groupElement && groupElement.querySelector('legend, label');
  if (label) {
    return label.textContent.trim().replace(/\s*\(optional\)$/i, '');
  }
  const last = String(field || '').split('.').pop().replace(/\[\d+\]/g, '');
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A Bean Validation message in plain words, with the field's own label. */
function plainWords(label, message) {
  const text = String(message || '').trim();
  let match;
  if (/^must not be (blank|null|empty)$/.test(text)) {
    return `Enter ${lowerFirst(label)}`;
  }
  if (/^must match /.test(text)) {
    return `${label} is not in the right format`;
  }
  if ((match = text.match(/^must be less than or equal to (\S+)$/))) {
    return `${label} must be ${match[1]} or less`;
  }
  if ((match = text.match(/^must be greater than or equal to (\S+)$/))) {
    return `${label} must be ${match[1]} or more`;
  }
  if ((match = text.match(/^size must be between (\d+) and (\d+)$/))) {
    return `${label} must have between ${match[1]} and ${match[2]} entries or characters`;
  }
  if (/^must be true$/.test(text)) {
    return `${label} must be ticked`;
  }
  if (/^(is|are|has|have|must|may|cannot|can not|does|do) /.test(text)) {
    return `${label} ${text}`;
  }
  return `${label}: ${text}`;
}

function lowerFirst(text) {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * Shows what the API refused. Field errors go beside their fields; a problem without fields is
 * shown in the summary in its own words (its detail, else its title).
 */
export function showProblem(form, problem, codeFields = {}) {
  if (!(problem instanceof ApiProblem)) {
    throw problem;
  }
  if (!problem.errors.length && codeFields[problem.code]) {
    showErrors(form, [{ field: codeFields[problem.code], text: problemText(problem) }]);
    return;
  }
  if (problem.errors.length) {
    showErrors(
      form,
      problem.errors.map((error) => ({ field: error.field, text: plainWords(labelOf(form, error.field), error.message) })),
    );
  } else {
    showErrors(form, [{ field: null, text: problemText(problem) }]);
  }
}

/** A problem in the words a user reads. */
export function problemText(problem) {
  if (problem.status === 412 || problem.code === 'stale-etag') {
    return 'Someone else changed this referral since you opened it. It has been reloaded: check it and try again.';
  }
  if (problem.status === 0) {
    return 'The service cannot be reached. Check your connection and try again.';
  }
  if (problem.status >= 500) {
    return 'Sorry, there is a problem with the service. Try again later.';
  }
  return problem.detail || problem.title || 'The service refused this request.';
}
