// The province/year filter form of the analytics pages; its state is the page's query string.
import {h, getJson} from './dom.js';

export function readParams(names) {
  const usp = new URLSearchParams(location.search);
  return Object.fromEntries(names.map(n => [n, usp.get(n) || '']));
}

export function queryString(params) {
  const usp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) usp.set(k, v);
  const s = usp.toString();
  return s ? `?${s}` : '';
}

/** A GET form with province and year choices (from the plans' facets) and any extra fields. */
export async function filterForm(action, params, extra = []) {
  let facets = {};
  try {
    facets = (await getJson('/api/plans?size=1')).facets || {};
  } catch { /* the page itself reports the failure */ }
  const select = (name, label, values) => h('label', null, label,
    h('select', {name, id: `flt-${name}`},
      h('option', {value: ''}, 'Tất cả'),
      values.map(v => h('option', {value: v.value, selected: v.value === params[name]}, v.value))));
  const years = (facets.year || []).slice().sort((a, b) => String(b.value).localeCompare(String(a.value)));
  const active = Object.values(params).some(v => v);
  return h('form', {class: 'filters', method: 'get', action, 'aria-label': 'Bộ lọc'},
    select('province', 'Tỉnh, thành phố', facets.province || []),
    select('year', 'Năm', years),
    extra,
    h('button', {type: 'submit'}, 'Xem'),
    active ? h('a', {href: action}, 'Bỏ lọc') : null);
}
