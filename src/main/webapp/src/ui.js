// NHS.UK frontend components, built as DOM nodes (the markup of nhsuk-frontend's templates).
import { h, present } from './dom.js';
import { STATUS, STATUS_COLOUR, say } from './labels.js';

let ids = 0;
function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

/**
 * A screen: its heading (focused when the screen opens) and content. A back link and a caption
 * given as content go above the heading, where NHS.UK pages put them.
 */
export function screen(title, ...content) {
  const items = content.flat(Infinity).filter((item) => item !== null && item !== undefined && item !== false);
  const is = (item, test) => item instanceof Element && test(item);
  const back = items.filter((item) => is(item, (e) => e.classList.contains('nhsuk-back-link')));
  const flashes = items.filter((item) => is(item, (e) => 'flash' in e.dataset));
  const captions = items.filter((item) => is(item, (e) => e.classList.contains('nhsuk-caption-l')));
  const rest = items.filter((item) => !back.includes(item) && !flashes.includes(item) && !captions.includes(item));
  return { title, node: h('div', {}, back, flashes, captions, h('h1', { class: 'nhsuk-heading-l', tabindex: '-1' }, title), ...rest) };
}

export function caption(text) {
  return h('span', { class: 'nhsuk-caption-l' }, text);
}

export function backLink(href, text = 'Back') {
  return h('a', { class: 'nhsuk-back-link', href }, text);
}

export function p(...content) {
  return h('p', { class: 'nhsuk-body' }, ...content);
}

export function heading(level, text, size = level === 2 ? 'm' : 's') {
  return h(`h${level}`, { class: `nhsuk-heading-${size}` }, text);
}

export function link(href, text, attributes = {}) {
  return h('a', { class: 'nhsuk-link', href, ...attributes }, text);
}

export function tag(text, colour = '') {
  return h('strong', { class: `nhsuk-tag ${colour}`.trim() }, text);
}

export function statusTag(status) {
  return tag(say(STATUS, status), STATUS_COLOUR[status] || '');
}

export function urgentTag() {
  return tag('Urgent', 'nhsuk-tag--red');
}

/** A suppressed figure: a count of 1 to 7 people, never shown as a number or as zero. */
export function suppressedTag() {
  return h('strong', { class: 'nhsuk-tag nhsuk-tag--grey app-suppressed', title: 'Suppressed: between 1 and 7 people' }, 'Suppressed');
}

/** rows: [key, value] pairs; a pair whose value is absent shows "Not recorded". */
export function summaryList(rows) {
  return h(
    'dl',
    { class: 'nhsuk-summary-list' },
    rows
      .filter(Boolean)
      .map(([key, value]) =>
        h(
          'div',
          { class: 'nhsuk-summary-list__row' },
          h('dt', { class: 'nhsuk-summary-list__key' }, key),
          h('dd', { class: 'nhsuk-summary-list__value' }, blank(value) ? h('span', { class: 'app-muted' }, 'Not recorded') : value),
        ),
      ),
  );
}

function blank(value) {
  return !present(value) || (Array.isArray(value) && value.length === 0);
}

/**
 * A table that stacks into one card per row on a narrow screen. head: column titles; rows: arrays
 * of cells (text or nodes); numeric: indexes of columns to right-align.
 */
export function table({ caption: title, head, rows, numeric = [], captionSize = 'm' }) {
  return h(
    'table',
    { role: 'table', class: 'nhsuk-table-responsive' },
    title ? h('caption', { class: `nhsuk-table__caption nhsuk-table__caption--${captionSize}` }, title) : null,
    h(
      'thead',
      { role: 'rowgroup', class: 'nhsuk-table__head' },
      h('tr', { role: 'row' }, head.map((cell, i) => h('th', { role: 'columnheader', scope: 'col', class: numeric.includes(i) ? 'nhsuk-table__header--numeric' : '' }, cell))),
    ),
    h(
      'tbody',
      { class: 'nhsuk-table__body' },
      rows.map((row) =>
        h(
          'tr',
          { role: 'row', class: 'nhsuk-table__row' },
          row.map((cell, i) =>
            h(
              'td',
              { role: 'cell', class: `nhsuk-table__cell${numeric.includes(i) ? ' nhsuk-table__cell--numeric' : ''}` },
              h('span', { class: 'nhsuk-table-responsive__heading', 'aria-hidden': 'true' }, `${head[i]} `),
              cell,
            ),
          ),
        ),
      ),
    ),
  );
}

/** A wide table in a region that scrolls sideways on its own (and can be scrolled by keyboard). */
export function scrollingTable({ caption: title, head, rows, numeric = [] }) {
  const captionId = uid('table-caption');
  return h(
    'div',
    { class: 'app-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
    h(
      'table',
      { class: 'nhsuk-table' },
      h('caption', { class: 'nhsuk-table__caption nhsuk-table__caption--s', id: captionId }, title),
      h('thead', { class: 'nhsuk-table__head' }, h('tr', { class: 'nhsuk-table__row' }, head.map((cell, i) => h('th', { scope: 'col', class: `nhsuk-table__header${numeric.includes(i) ? ' nhsuk-table__header--numeric' : ''}` }, cell)))),
      h(
        'tbody',
        { class: 'nhsuk-table__body' },
        rows.map((row) =>
          h(
            'tr',
            { class: 'nhsuk-table__row' },
            row.map((cell, i) =>
              i === 0
                ? h('th', { scope: 'row', class: 'nhsuk-table__header' }, cell)
                : h('td', { class: `nhsuk-table__cell${numeric.includes(i) ? ' nhsuk-table__cell--numeric' : ''}` }, cell),
            ),
          ),
        ),
      ),
    ),
  );
}

export function warning(title, ...content) {
  return h(
    'div',
    { class: 'nhsuk-card nhsuk-card--warning' },
    h('div', { class: 'nhsuk-card__content' }, h('h2', { class: 'nhsuk-card__heading' }, title), ...content.map((c) => (typeof c === 'string' ? h('p', { class: 'nhsuk-card__description' }, c) : c))),
  );
}

export function inset(...content) {
  return h('div', { class: 'nhsuk-inset-text' }, h('span', { class: 'nhsuk-u-visually-hidden' }, 'Information: '), ...content);
}

export function card(title, ...content) {
  return h('div', { class: 'nhsuk-card' }, h('div', { class: 'nhsuk-card__content' }, h('h2', { class: 'nhsuk-card__heading nhsuk-heading-m' }, title), ...content));
}

/** A success message at the top of a screen, read out when it appears. */
export function success(text) {
  return h(
    'div',
    { class: 'nhsuk-notification-banner nhsuk-notification-banner--success', role: 'alert', 'aria-labelledby': 'success-title' },
    h('div', { class: 'nhsuk-notification-banner__header' }, h('h2', { class: 'nhsuk-notification-banner__title', id: 'success-title' }, 'Success')),
    h('div', { class: 'nhsuk-notification-banner__content' }, h('p', { class: 'nhsuk-notification-banner__heading' }, text)),
  );
}

/** The message an action left for this screen, if any. */
export function flashBanner(message) {
  if (!message) {
    return null;
  }
  const banner = message.kind === 'success' ? success(message.text) : warning(message.title, message.text);
  banner.dataset.flash = message.kind;
  return banner;
}

export function button(text, { variant = '', type = 'submit', on, id } = {}) {
  return h('button', { class: `nhsuk-button ${variant ? `nhsuk-button--${variant}` : ''}`.trim(), type, 'data-module': 'nhsuk-button', id, on }, text);
}

export function buttonLink(href, text, variant = '') {
  return h('a', { class: `nhsuk-button ${variant ? `nhsuk-button--${variant}` : ''}`.trim(), href, role: 'button', draggable: 'false' }, text);
}

export function buttonGroup(...buttons) {
  return h('div', { class: 'nhsuk-button-group' }, ...buttons);
}

/** Previous and next links of a paged list; absent links are left out. */
export function pagination({ previous, next, label = 'Pages' }) {
  if (!previous && !next) {
    return null;
  }
  const item = (href, rel, text) =>
    h(
      'li',
      { class: `nhsuk-pagination-item--${rel === 'prev' ? 'previous' : 'next'}` },
      h('a', { class: `nhsuk-pagination__link nhsuk-pagination__link--${rel}`, href, rel }, h('span', { class: 'nhsuk-pagination__title' }, text)),
    );
  return h(
    'nav',
    { class: 'nhsuk-pagination', role: 'navigation', 'aria-label': label },
    h('ul', { class: 'nhsuk-list nhsuk-pagination__list' }, previous ? item(previous, 'prev', previous.label || 'Previous page') : null, next ? item(next, 'next', next.label || 'Next page') : null),
  );
}

/** A status line that screen readers announce; shows progress while something loads or sends. */
export function progress(text) {
  return h('p', { class: 'nhsuk-body app-progress', role: 'status' }, h('span', { class: 'app-spinner', 'aria-hidden': 'true' }), text);
}

/**
 * Runs a long operation from a button: the button is disabled and says what is happening, a
 * status line is announced, and both are put back when it ends.
 */
export async function whileBusy(buttonElement, busyText, operation) {
  const original = buttonElement.textContent;
  buttonElement.disabled = true;
  buttonElement.setAttribute('aria-disabled', 'true');
  buttonElement.textContent = busyText;
  const status = progress(busyText);
  buttonElement.after(status);
  try {
    return await operation();
  } finally {
    status.remove();
    buttonElement.disabled = false;
    buttonElement.removeAttribute('aria-disabled');
    buttonElement.textContent = original;
  }
}
