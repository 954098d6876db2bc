// Builds DOM nodes from plain values. Text is always set as text, never parsed as HTML, so nothing
// the API returns can inject markup.

/**
 * h('a', { href: '/app/', class: 'x', on: { click: fn } }, 'text', child, [more], null)
 * Attributes whose value is false, null or undefined are left out; true sets an empty attribute.
 */
export function h(tag, attributes, ...children) {
  const element = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value || {})) {
        element.addEventListener(event, handler);
      }
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value || {});
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value != null) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** A value the API may omit or send as null: both mean "absent". */
export function present(value) {
  return value !== undefined && value !== null && value !== '';
}
