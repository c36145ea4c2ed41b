// Small DOM and data helpers shared by the pages. Text from the API only ever reaches the page as text nodes
// (h() and marked()), never as HTML, so nothing the API returns can inject markup.

/** Builds an element: h('a', {href: '/x', class: 'y'}, 'text', child, [more]). Null/false children are skipped. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        el.addEventListener(name.slice(2), value);
      } else if (name === 'class') {
        el.className = value;
      } else if (value === true) {
        el.setAttribute(name, '');
      } else {
        el.setAttribute(name, String(value));
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

const ENTITIES = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'"};

/** Decodes the few entities the API's HTML escaping produces. */
function unescape(s) {
  return s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, m => ENTITIES[m]);
}

/**
 * A highlight from the API (text HTML-escaped, matches in <mark>…</mark>) as DOM nodes: the text between the marks
 * becomes text nodes, so even an unescaped '<' in it stays text.
 */
export function marked(highlight, fallback) {
  const frag = document.createDocumentFragment();
  if (typeof highlight !== 'string' || highlight === '') {
    frag.appendChild(document.createTextNode(fallback ?? ''));
    return frag;
  }
  const parts = highlight.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') { inMark = true; continue; }
    if (part === '</mark>') { inMark = false; continue; }
    if (part === '') continue;
    const text = document.createTextNode(unescape(part));
    if (inMark) frag.appendChild(h('mark', null, text));
    else frag.appendChild(text);
  }
  return frag;
}

/** Replaces an element's content. */
export function render(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Thrown for an answer that is not 2xx; carries the problem details when the API sent them. */
export class ApiError extends Error {
  constructor(status, problem, url) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.url = url;
  }
}

/** GET JSON; rejects with ApiError (status 0 when the server cannot be reached). */
export async function getJson(url, options = {}) {
  let response;
  try {
    response = await fetch(url, {headers: {Accept: 'application/json'}, ...options});
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, {title: 'Không kết nối được máy chủ'}, url);
  }
  return readJson(response, url);
}

export async function readJson(response, url) {
  const type = response.headers.get('Content-Type') || '';
  let body = null;
  if (type.includes('json')) {
    try { body = await response.json(); } catch { body = null; }
  }
  if (!response.ok) throw new ApiError(response.status, body, url);
  return body;
}

/**
 * GET JSON from an endpoint that may not exist in this build (analytics): resolves to null when the server answers
 * 404 or 405 for the endpoint itself, so the page can say the data is unavailable instead of breaking.
 */
export async function getOptional(url, options) {
  try {
    return await getJson(url, options);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405 || e.status === 501)) return null;
    throw e;
  }
}

/** The first array found: the value itself, or the first array-valued field among the names given. */
export function listOf(value, ...names) {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    for (const name of names) if (Array.isArray(value[name])) return value[name];
  }
  return [];
}

/** The first field among the names that is set. */
export function pick(obj, ...names) {
  if (!obj || typeof obj !== 'object') return undefined;
  for (const name of names) if (obj[name] !== undefined && obj[name] !== null) return obj[name];
  return undefined;
}

const QUARTERS = {'I': 'Quý I', 'II': 'Quý II', 'III': 'Quý III', 'IV': 'Quý IV', 'year-round': 'Cả năm'};
export const QUARTER_ORDER = ['I', 'II', 'III', 'IV', 'year-round'];

export function quarterLabel(q) {
  return q ? (QUARTERS[q] || q) : 'Không rõ quý';
}

const STATUS = {
  in_force: ['Còn hiệu lực', 'ok'],
  expired: ['Hết hiệu lực', 'bad'],
  partly_expired: ['Hết hiệu lực một phần', 'warn'],
  replaced: ['Đã bị thay thế', 'bad'],
  unknown: ['Chưa rõ', 'muted'],
};

/** A status badge for a cited document. */
export function statusBadge(status) {
  const [label, tone] = STATUS[status] || STATUS.unknown;
  return h('span', {class: `badge ${tone}`}, label);
}

export function isOutdated(ref) {
  return !!ref && (ref.status === 'expired' || ref.status === 'partly_expired' || ref.status === 'replaced'
    || (!!ref.replacedBy && ref.status !== 'in_force'));
}

export const numberFormat = new Intl.NumberFormat('vi-VN');

/** A notice in the page: kind is 'info', 'error' or 'unavailable'. */
export function notice(kind, ...content) {
  return h('p', {class: `notice ${kind}`, role: kind === 'error' ? 'alert' : null}, ...content);
}

/** The message for a failed request, in Vietnamese, with the API's own detail when there is one. */
export function errorText(e) {
  if (!(e instanceof ApiError)) return `Lỗi: ${e && e.message ? e.message : e}`;
  if (e.status === 0) return 'Không kết nối được máy chủ.';
  const detail = e.problem && (e.problem.detail || e.problem.title);
  return `Máy chủ trả lỗi ${e.status}${detail ? `: ${detail}` : ''}.`;
}

/** Link to a plan page, labelled by its number (or id). */
export function planLink(planId, docNumber, extra) {
  if (!planId) return h('span', null, docNumber || '—');
  return h('a', {href: `/plans/${encodeURIComponent(planId)}`}, docNumber || planId, extra || null);
}

/** Link to the search page with the given filters. */
export function searchHref(params) {
  const usp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    for (const one of [].concat(v)) usp.append(k, one);
  }
  const s = usp.toString();
  return s ? `/?${s}` : '/';
}

/** Sets the document title and moves focus to the main heading after a navigation, for screen readers. */
export function setTitle(text) {
  document.title = `${text} – thidua`;
}
