// The app's only way to the API: the public REST API under /api/v1, with the user's token.
import { accessToken } from './auth.js';

const BASE = '/api/v1';

/** An application/problem+json answer (RFC 9457), or a failure to reach the API at all. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.code = problem.code || null;
    this.title = problem.title || null;
    this.detail = problem.detail || null;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.currentStatus = problem.currentStatus || null;
  }
}

/**
 * Calls the API and returns { data, etag, headers }. JSON bodies are sent and read as JSON; any
 * other answer is read as a Blob when `accept` asks for one.
 */
export async function call(path, { method = 'GET', body, headers = {}, accept = 'application/json' } = {}) {
  const token = await accessToken();
  const request = {
    method,
    headers: { Accept: accept, Authorization: `Bearer ${token}`, ...headers },
  };
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(BASE + path, request);
  } catch (e) {
    throw new ApiProblem(0, { title: 'The service cannot be reached', detail: 'Check your connection and try again.' });
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json().catch(() => ({})) : {};
    throw new ApiProblem(response.status, problem);
  }
  let data = null;
  if (type.includes('json')) {
    data = await response.json();
  } else if (response.status !== 204) {
    data = accept === 'application/json' ? await response.text() : await response.blob();
  }
  return { data, etag: response.headers.get('ETag'), headers: response.headers };
}

export async function get(path) {
  return (await call(path)).data;
}

export async function post(path, body, headers) {
  return (await call(path, { method: 'POST', body, headers })).data;
}

/** A query string from the values that are present. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
