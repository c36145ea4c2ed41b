// Search page (/): one box, facets with counts, highlighted hits grouped by plan, paging. The whole state lives in
// the URL (?q=…&province=…&page=…): links can be shared, reload and back/forward restore the same view.
import {h, render, marked, getJson, notice, errorText, quarterLabel, numberFormat, planLink, setTitle} from './dom.js';

const FILTERS = [
  ['province', 'Tỉnh, thành phố'],
  ['year', 'Năm'],
  ['quarter', 'Quý'],
  ['unit', 'Đơn vị thực hiện'],
  ['legalRef', 'Văn bản được dẫn chiếu'],
  ['issuer', 'Cơ quan ban hành'],
];
const SIZES = [10, 20, 50, 100];
const FACET_PREVIEW = 8;

/** The search state read from a query string. */
function readState(search) {
  const usp = new URLSearchParams(search);
  const state = {q: (usp.get('q') || '').trim(), page: Math.max(1, parseInt(usp.get('page'), 10) || 1),
    size: SIZES.includes(parseInt(usp.get('size'), 10)) ? parseInt(usp.get('size'), 10) : 20, filters: {}};
  for (const [name] of FILTERS) state.filters[name] = usp.getAll(name).filter(v => v !== '');
  return state;
}

/** The query string of a state; what the API gets and what the address bar shows. */
function query(state, {paging = true} = {}) {
  const usp = new URLSearchParams();
  if (state.q) usp.set('q', state.q);
  for (const [name] of FILTERS) for (const v of state.filters[name]) usp.append(name, v);
  if (paging && state.page > 1) usp.set('page', state.page);
  if (paging && state.size !== 20) usp.set('size', state.size);
  return usp.toString();
}

function valueLabel(name, value) {
  return name === 'quarter' ? quarterLabel(value) : value;
}

export function show(main) {
  setTitle('Tìm kiếm nhiệm vụ');
  const input = h('input', {type: 'search', id: 'q', name: 'q', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'Ví dụ: kiểm tra, sơ kết 6 tháng, "tổng kết năm"',
    'aria-describedby': 'q-hint'});
  const form = h('form', {role: 'search', class: 'searchbox', 'aria-label': 'Tìm nhiệm vụ'},
    h('label', {for: 'q'}, 'Tìm nhiệm vụ trong mọi kế hoạch'),
    h('div', {class: 'row'}, input, h('button', {type: 'submit'}, 'Tìm')),
    h('p', {id: 'q-hint', class: 'hint'},
      'Gõ có dấu hoặc không dấu; chữ viết tắt (TĐKT, UBND) được hiểu; đặt cụm từ trong "ngoặc kép" để tìm đúng cụm.'));
  const status = h('p', {id: 'status', class: 'status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true'});
  const chips = h('div', {class: 'chips', 'aria-label': 'Bộ lọc đang chọn'});
  const facets = h('aside', {class: 'facets', 'aria-labelledby': 'facets-h'});
  const results = h('section', {class: 'results', 'aria-labelledby': 'results-h'});
  const tools = h('div', {class: 'tools'});
  render(main,
    h('h1', {class: 'visually-hidden'}, 'Tìm kiếm nhiệm vụ'),
    form,
    h('div', {class: 'search-layout'},
      facets,
      h('div', {class: 'search-main'}, h('h2', {id: 'results-h', class: 'visually-hidden'}, 'Kết quả'),
        status, chips, tools, results)));

  let state = readState(location.search);
  let controller = null;
  let typing = null;
  let typedSincePush = false;

  function go(next, {replace = false} = {}) {
    state = next;
    const qs = query(state);
    const url = qs ? `/?${qs}` : '/';
    if (url !== location.pathname + location.search) {
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    load();
  }

  function withFilter(name, value, on) {
    const filters = {...state.filters};
    const values = filters[name].filter(v => v !== value);
    if (on) values.push(value);
    filters[name] = values;
    return {...state, filters, page: 1};
  }

  form.addEventListener('submit', e => {
    e.preventDefault();
    clearTimeout(typing);
    const q = input.value.trim();
    // a search typed live already replaced the entry; Enter then only runs it if it is new
    go({...state, q, page: 1}, {replace: typedSincePush && q === state.q});
    typedSincePush = false;
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const q = input.value.trim();
      if (q === state.q) return;
      // the first keystrokes of a search make a history entry, the rest of the word updates it
      go({...state, q, page: 1}, {replace: typedSincePush});
      typedSincePush = true;
    }, 350);
  });
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    typedSincePush = false;
    load();
  });

  async function load() {
    input.value = state.q;
    setTitle(state.q ? `“${state.q}” – Tìm kiếm` : 'Tìm kiếm nhiệm vụ');
    if (controller) controller.abort();
    controller = new AbortController();
    status.textContent = 'Đang tìm…';
    main.setAttribute('aria-busy', 'true');
    let data;
    try {
      data = await getJson(`/api/tasks?${query(state)}`, {signal: controller.signal});
    } catch (e) {
      if (e.name === 'AbortError') return;
      main.removeAttribute('aria-busy');
      status.textContent = '';
      render(results, notice('error', errorText(e)));
      return;
    }
    main.removeAttribute('aria-busy');
    if (data.hits.length === 0 && data.total > 0 && state.page > 1 && lastPage(data.total) < state.page) {
      // a page past the end (an old link, fewer hits now): show the last page instead
      go({...state, page: lastPage(data.total)}, {replace: true});
      return;
    }
    const chipFocused = chips.contains(document.activeElement);
    drawStatus(data);
    drawChips();
    if (chipFocused) status.focus(); // the removed filter's button is gone; the new count is read out
    drawFacets(data.facets || {});
    drawTools(data);
    drawResults(data);
    // time to the first results, read by the browser tests (performance.getEntriesByName)
    if (performance.getEntriesByName('thidua:results').length === 0) performance.mark('thidua:results');
  }

  // the API pages no deeper than this many hits (SearchRequest.MAX_DEPTH): past it, narrow the search
  const MAX_DEPTH = 10000;

  /** The last page that can be shown: the end of the hits, or the deepest page the API serves. */
  function lastPage(total) {
    return Math.max(1, Math.min(Math.ceil(total / state.size), Math.floor(MAX_DEPTH / state.size)));
  }

  function drawStatus(data) {
    const plans = new Set(data.hits.map(hit => hit.planId)).size;
    const first = data.total === 0 ? 0 : (state.page - 1) * state.size + 1;
    const last = (state.page - 1) * state.size + data.hits.length;
    // a very broad search counts its hits on a sample: the total is then an estimate
    const about = data.totalApproximate ? 'khoảng ' : '';
    status.textContent = data.total === 0
      ? 'Không tìm thấy nhiệm vụ nào.'
      : `Tìm thấy ${about}${numberFormat.format(data.total)} nhiệm vụ` +
        (data.total > data.hits.length ? `; đang xem ${first}–${last}` : '') +
        ` (${plans} kế hoạch trên trang này).` +
        (data.facetsApproximate ? ' Số đếm ở bộ lọc là ước tính.' : '');
  }

  function drawChips() {
    const active = [];
    for (const [name, label] of FILTERS) {
      for (const value of state.filters[name]) {
        active.push(h('button', {type: 'button', class: 'chip', 'aria-label': `Bỏ lọc ${label}: ${valueLabel(name, value)}`,
          onclick: () => go(withFilter(name, value, false))}, `${label}: ${valueLabel(name, value)}`, h('span', {'aria-hidden': 'true'}, ' ×')));
      }
    }
    if (active.length > 1) {
      const cleared = {...state, page: 1, filters: Object.fromEntries(FILTERS.map(([n]) => [n, []]))};
      active.push(h('button', {type: 'button', class: 'chip clear', onclick: () => go(cleared)}, 'Bỏ mọi bộ lọc'));
    }
    render(chips, active);
    chips.hidden = active.length === 0;
  }

  function drawFacets(all) {
    const groups = [];
    for (const [name, label] of FILTERS) {
      const chosen = state.filters[name];
      let values = (all[name] || []).slice();
      // a chosen value with no hits left still shows, so it can be unticked
      for (const v of chosen) if (!values.some(f => f.value === v)) values.push({value: v, count: 0});
      if (name === 'quarter') values.sort((a, b) => ['I', 'II', 'III', 'IV', 'year-round'].indexOf(a.value) - ['I', 'II', 'III', 'IV', 'year-round'].indexOf(b.value));
      if (name === 'year') values.sort((a, b) => String(b.value).localeCompare(String(a.value)));
      if (values.length === 0) continue;
      const list = h('ul', {class: 'facet-values'});
      values.forEach((f, i) => {
        const id = `f-${name}-${i}`;
        const box = h('input', {type: 'checkbox', id, checked: chosen.includes(f.value), 'data-value': f.value,
          onchange: e => go(withFilter(name, f.value, e.target.checked))});
        const item = h('li', {hidden: i >= FACET_PREVIEW && !chosen.includes(f.value)},
          box, h('label', {for: id}, h('span', {class: 'v'}, valueLabel(name, f.value)),
            h('span', {class: 'count', 'aria-label': `${f.count} nhiệm vụ`}, numberFormat.format(f.count))));
        list.appendChild(item);
      });
      const more = values.length > FACET_PREVIEW
        ? h('button', {type: 'button', class: 'link more', 'aria-expanded': 'false', onclick: e => {
          const open = e.currentTarget.getAttribute('aria-expanded') !== 'true';
          e.currentTarget.setAttribute('aria-expanded', String(open));
          e.currentTarget.textContent = open ? 'Thu gọn' : `Xem tất cả (${values.length})`;
          list.querySelectorAll('li').forEach((li, i) => {
            if (i >= FACET_PREVIEW) li.hidden = !open && !li.querySelector('input').checked;
          });
        }}, `Xem tất cả (${values.length})`)
        : null;
      groups.push(h('fieldset', {class: 'facet', 'data-facet': name}, h('legend', null, label), list, more));
    }
    // the lists are drawn anew: a box ticked from the keyboard keeps the focus
    const focused = document.activeElement && facets.contains(document.activeElement) && document.activeElement.dataset.value !== undefined
      ? [document.activeElement.closest('fieldset').dataset.facet, document.activeElement.dataset.value] : null;
    render(facets, h('h2', {id: 'facets-h'}, 'Lọc kết quả'), groups.length ? groups : h('p', {class: 'hint'}, 'Không có bộ lọc.'));
    if (focused) {
      const again = [...facets.querySelectorAll(`fieldset[data-facet="${focused[0]}"] input`)].find(i => i.dataset.value === focused[1]);
      if (again) again.focus();
    }
  }

  function drawTools(data) {
    const qs = query(state, {paging: false});
    const sizeSelect = h('select', {id: 'size', onchange: e => go({...state, size: parseInt(e.target.value, 10), page: 1})},
      SIZES.map(s => h('option', {value: s, selected: s === state.size}, String(s))));
    render(tools,
      h('a', {class: 'to-facets', href: '#facets-h'}, 'Bộ lọc ↓'),
      h('a', {class: 'button secondary', href: `/api/tasks.csv${qs ? `?${qs}` : ''}`, download: 'thidua-tasks.csv'},
        'Tải CSV (Excel)', h('span', {class: 'visually-hidden'}, ` – ${data.total} nhiệm vụ`)),
      h('label', {for: 'size', class: 'inline'}, 'Số dòng mỗi trang ', sizeSelect));
  }

  function drawResults(data) {
    if (data.hits.length === 0) {
      render(results, notice('info', state.q || Object.values(state.filters).some(v => v.length)
        ? 'Không có nhiệm vụ nào khớp. Thử bỏ bớt bộ lọc hoặc dùng từ khác.'
        : 'Chưa có kế hoạch nào trong chỉ mục. Hãy tải lên ở trang “Tải lên”.'));
      return;
    }
    // hits stay in rank order; consecutive hits of a plan share its heading, a plan seen again later continues
    const groups = [];
    for (const hit of data.hits) {
      let group = groups.find(g => g.planId === hit.planId);
      if (!group) groups.push(group = {planId: hit.planId, first: hit, hits: []});
      group.hits.push(hit);
    }
    const offset = (state.page - 1) * state.size;
    const articles = groups.map(g => {
      const p = g.first;
      const meta = [p.issuer, p.province, p.year].filter(Boolean).join(' · ');
      return h('article', {class: 'plan-group'},
        h('h3', null, planLink(p.planId, p.docNumber ? `Kế hoạch ${p.docNumber}` : 'Kế hoạch'),
          meta ? h('span', {class: 'meta'}, meta) : null),
        h('ol', {class: 'hits'}, g.hits.map(hit => {
          return h('li', {class: 'hit', value: data.hits.indexOf(hit) + offset + 1},
            h('p', {class: 'text'}, marked(hit.highlight, hit.text)),
            h('p', {class: 'facts'},
              h('span', {class: 'badge quarter'}, quarterLabel(hit.quarter)),
              hit.lead && hit.lead.length ? h('span', null, h('span', {class: 'k'}, 'Chủ trì: '), hit.lead.join('; ')) : null,
              hit.support && hit.support.length ? h('span', null, h('span', {class: 'k'}, 'Phối hợp: '), hit.support.join('; ')) : null));
        })));
    });
    render(results, articles, pager(data.total));
  }

  function pager(total) {
    const pages = lastPage(total);
    if (pages <= 1) return null;
    const link = (page, label, attrs = {}) => {
      const target = {...state, page};
      const qs = query(target);
      return h('a', {href: qs ? `/?${qs}` : '/', ...attrs, onclick: e => {
        e.preventDefault();
        go(target);
        document.getElementById('status').focus({preventScroll: true});
        window.scrollTo({top: 0});
      }}, label);
    };
    const items = [];
    if (state.page > 1) items.push(h('li', null, link(state.page - 1, '‹ Trước', {rel: 'prev'})));
    const shown = new Set([1, pages, state.page - 1, state.page, state.page + 1].filter(p => p >= 1 && p <= pages));
    let last = 0;
    for (const p of [...shown].sort((a, b) => a - b)) {
      if (p > last + 1) items.push(h('li', {class: 'gap', 'aria-hidden': 'true'}, '…'));
      items.push(h('li', null, p === state.page
        ? h('a', {'aria-current': 'page', href: location.pathname + location.search, 'aria-label': `Trang ${p}`}, String(p))
        : link(p, String(p), {'aria-label': `Trang ${p}`})));
      last = p;
    }
    if (state.page < pages) items.push(h('li', null, link(state.page + 1, 'Sau ›', {rel: 'next'})));
    return h('nav', {class: 'pager', 'aria-label': 'Phân trang'}, h('ul', null, items));
  }

  status.tabIndex = -1;
  load();
}
