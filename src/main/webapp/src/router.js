// Addresses a user can read, bookmark and edit: /app/referrals/{id}/sessions and so on. Links
// inside the app change the page without reloading it; Back and Forward work as usual.
const BASE = '/app';
const routes = [];
let render = () => {};

/** route('/referrals/:id', screen): the screen gets { params, query }. */
export function route(pattern, screen) {
  const names = [];
  const regex = pattern.replace(/:([a-zA-Z]+)/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  });
  routes.push({ regex: new RegExp(`^${regex}/?$`), names, screen });
}

export function start(onRoute) {
  render = onRoute;
  document.addEventListener('click', followLink);
  window.addEventListener('popstate', () => resolve());
  return resolve();
}

/** Goes to an address of the app, e.g. navigate('/referrals/1'). */
export function navigate(path, { replace = false } = {}) {
  const url = path.startsWith(BASE) ? path : BASE + path;
  if (replace) {
    window.history.replaceState(null, '', url);
  } else {
    window.history.pushState(null, '', url);
  }
  return resolve();
}

/** The address of a screen of the app, for links. */
export function href(path) {
  return BASE + path;
}

function resolve() {
  const path = window.location.pathname.slice(BASE.length) || '/';
  const query = new URLSearchParams(window.location.search);
  for (const { regex, names, screen } of routes) {
    const match = path.match(regex);
    if (match) {
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      return render(screen, { params, query, path });
    }
  }
  return render(null, { params: {}, query, path });
}

function followLink(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download')) {
    return;
  }
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || !url.pathname.startsWith(`${BASE}/`) || url.pathname.includes('.')) {
    return;
  }
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) {
    return;
  }
  event.preventDefault();
  navigate(url.pathname + url.search);
}
