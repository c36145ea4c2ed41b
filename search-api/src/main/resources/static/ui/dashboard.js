// Dashboard (/dashboard): cited documents (by document, province and year; outdated citations), plans by province
// and year, tasks by quarter. Charts are ECharts, served by the application from its WebJar; every chart also has
// its figures as a table for screen readers and for copying.
import {h, render, getJson, getOptional, notice, errorText, quarterLabel, QUARTER_ORDER, statusBadge, isOutdated,
  numberFormat, planLink, searchHref, setTitle, listOf, pick} from './dom.js';
import {readParams, queryString, filterForm} from './filters.js';

const COLORS = ['#a3161a', '#0b4f9c', '#1b6e34', '#8a5a00', '#6b3fa0', '#00838f', '#c2185b', '#5d4037'];

const qs = queryString;

/** Counts as a Map, from {"Lào Cai": 3} or [{"value"|"province"|"year": …, "count": 3}]. */
function counts(x) {
  const map = new Map();
  if (Array.isArray(x)) {
    for (const e of x) {
      const key = pick(e, 'value', 'key', 'province', 'year', 'name');
      if (key !== undefined) map.set(String(key), (map.get(String(key)) || 0) + Number(pick(e, 'count', 'citations', 'value') || 0));
    }
  } else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) map.set(k, Number(v) || 0);
  }
  return map;
}

function sum(maps) {
  const total = new Map();
  for (const m of maps) for (const [k, v] of m) total.set(k, (total.get(k) || 0) + v);
  return total;
}

/** A card with a heading, a chart area, and the same figures as a table in a disclosure. */
function chartCard(id, title, note) {
  const area = h('div', {class: 'chart', id: `chart-${id}`, role: 'img', 'aria-label': title});
  const body = h('div', {class: 'chart-body'}, h('p', {class: 'loading'}, 'Đang tải…'));
  const card = h('section', {class: 'chart-card', 'aria-labelledby': `h-${id}`, 'data-chart': id},
    h('h2', {id: `h-${id}`}, title), note ? h('p', {class: 'hint'}, note) : null, body);
  return {card, area, body};
}

function dataTable(caption, columns, rows) {
  return h('details', null, h('summary', null, 'Xem số liệu dạng bảng'),
    h('div', {class: 'table-wrap'}, h('table', null, h('caption', {class: 'visually-hidden'}, caption),
      h('thead', null, h('tr', null, columns.map(c => h('th', {scope: 'col'}, c)))),
      h('tbody', null, rows.map(r => h('tr', null, r.map(c => h('td', null, c instanceof Node ? c : String(c)))))))));
}

export async function show(main) {
  setTitle('Tổng hợp');
  const filters = readParams(['province', 'year']);
  const form = await filterForm('/dashboard', filters);
  const cards = {
    docs: chartCard('docs', 'Văn bản được dẫn chiếu nhiều nhất'),
    refProvince: chartCard('ref-province', 'Kế hoạch dẫn chiếu văn bản, theo tỉnh', 'Mỗi kế hoạch được đếm một lần cho mỗi văn bản nó dẫn chiếu.'),
    refYear: chartCard('ref-year', 'Kế hoạch dẫn chiếu văn bản, theo năm'),
    plans: chartCard('plans', 'Kế hoạch theo tỉnh và năm'),
    quarters: chartCard('quarters', 'Nhiệm vụ theo quý'),
  };
  const outdatedBox = h('section', {class: 'card', 'aria-labelledby': 'h-outdated', id: 'outdated'},
    h('h2', {id: 'h-outdated'}, 'Dẫn chiếu văn bản đã hết hiệu lực'), h('p', {class: 'loading'}, 'Đang tải…'));
  render(main, h('h1', null, 'Tổng hợp'), form,
    h('div', {class: 'charts'}, Object.values(cards).map(c => c.card)),
    outdatedBox);

  let echarts;
  try {
    echarts = await import('/webjars/echarts/echarts.esm.min.js');
  } catch (e) {
    for (const c of Object.values(cards)) render(c.body, notice('error', 'Không tải được thư viện biểu đồ.'));
    echarts = null;
  }
  const charts = [];
  const draw = (card, option, onClick) => {
    if (!echarts) return;
    card.body.prepend(card.area);
    const chart = echarts.init(card.area, null, {renderer: 'canvas'});
    chart.setOption({color: COLORS, textStyle: {fontFamily: 'system-ui, sans-serif'}, animation: false, ...option});
    if (onClick) chart.on('click', onClick);
    charts.push(chart);
  };
  let resizeTimer;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => charts.forEach(c => c.resize()), 150);
  });

  await Promise.all([
    drawLegalRefs(filters, cards, draw),
    drawPlans(filters, cards.plans, draw),
    drawQuarters(filters, cards.quarters, draw),
    drawOutdated(filters, outdatedBox),
  ]);
  main.dataset.ready = 'true';
}

async function drawLegalRefs(filters, cards, draw) {
  let rows = null;
  try {
    const data = await getOptional(`/api/legal-refs${qs(filters)}`);
    rows = data === null ? null : listOf(data, 'documents', 'legalRefs', 'items', 'rows');
  } catch (e) {
    for (const c of [cards.docs, cards.refProvince, cards.refYear]) render(c.body, notice('error', errorText(e)));
    return;
  }
  if (rows === null) {
    // without the analytics endpoint, the plans' facet still tells how many plans cite each document
    render(cards.refProvince.body, notice('unavailable', 'Số liệu dẫn chiếu theo tỉnh chưa có trên máy chủ này.'));
    render(cards.refYear.body, notice('unavailable', 'Số liệu dẫn chiếu theo năm chưa có trên máy chủ này.'));
    try {
      const facet = ((await getJson(`/api/plans${qs({...filters, size: 1})}`)).facets || {}).legalRef || [];
      const top = facet.slice(0, 15);
      render(cards.docs.body, h('p', {class: 'hint'}, 'Số kế hoạch dẫn chiếu mỗi văn bản (chưa có hiệu lực văn bản).'),
        dataTable('Số kế hoạch dẫn chiếu mỗi văn bản', ['Văn bản', 'Số kế hoạch'], top.map(f => [f.value, f.count])));
      draw(cards.docs, barOption(top.map(f => f.value), [{name: 'Số kế hoạch', data: top.map(f => f.count)}], true),
        p => location.assign(searchHref({legalRef: p.name})));
    } catch (e) {
      render(cards.docs.body, notice('error', errorText(e)));
    }
    return;
  }
  if (rows.length === 0) {
    for (const c of [cards.docs, cards.refProvince, cards.refYear]) render(c.body, notice('info', 'Không có văn bản được dẫn chiếu.'));
    return;
  }
  const citationsOf = r => Number(pick(r, 'citations', 'count') || 0);
  const top = rows.slice().sort((a, b) => citationsOf(b) - citationsOf(a)).slice(0, 15);
  const outdated = top.map(r => (isOutdated(r) ? citationsOf(r) : 0));
  const current = top.map(r => (isOutdated(r) ? 0 : citationsOf(r)));
  render(cards.docs.body, dataTable('Lượt dẫn chiếu theo văn bản', ['Văn bản', 'Loại', 'Hiệu lực', 'Thay thế bởi', 'Lượt dẫn chiếu', 'Số kế hoạch'],
    top.map(r => [h('a', {href: searchHref({legalRef: r.id})}, r.id), r.type || '', statusBadge(r.status), r.replacedBy || '',
      citationsOf(r), pick(r, 'plans') ?? ''])));
  draw(cards.docs, barOption(top.map(r => r.id),
    [{name: 'Còn hiệu lực / chưa rõ', data: current, stack: 'c', color: '#0b4f9c'}, {name: 'Hết hiệu lực, bị thay thế', data: outdated, stack: 'c', color: '#a3161a'}], true),
  p => location.assign(searchHref({legalRef: p.name})));

  const byProvince = sum(rows.map(r => counts(pick(r, 'byProvince', 'provinces', 'perProvince', 'citationsByProvince'))));
  const byYear = sum(rows.map(r => counts(pick(r, 'byYear', 'years', 'perYear', 'citationsByYear'))));
  const drawCounts = (card, map, label, param, sortKeys) => {
    if (map.size === 0) {
      render(card.body, notice('unavailable', 'Máy chủ không trả số liệu này.'));
      return;
    }
    const entries = [...map].sort(sortKeys);
    render(card.body, dataTable(label, [label, 'Lượt kế hoạch dẫn chiếu'], entries));
    draw(card, barOption(entries.map(e => e[0]), [{name: 'Lượt kế hoạch dẫn chiếu', data: entries.map(e => e[1])}], false),
      p => location.assign(searchHref({[param]: p.name})));
  };
  drawCounts(cards.refProvince, byProvince, 'Tỉnh, thành phố', 'province', (a, b) => b[1] - a[1]);
  drawCounts(cards.refYear, byYear, 'Năm', 'year', (a, b) => a[0].localeCompare(b[0]));
}

function barOption(categories, series, horizontal) {
  const cat = {type: 'category', data: categories, axisLabel: {interval: 0, width: horizontal ? 120 : 80, overflow: 'truncate',
    // slanted names when they would not fit side by side (many bars, or a phone)
    rotate: horizontal || categories.length <= (window.innerWidth < 600 ? 3 : 6) ? 0 : 30}};
  const val = {type: 'value', minInterval: 1};
  return {
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: series.length > 1 ? {top: 0, type: 'scroll'} : undefined,
    grid: {left: 8, right: 16, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true},
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? {...cat, inverse: true} : val,
    series: series.map(s => ({type: 'bar', barMaxWidth: 28, ...s, itemStyle: s.color ? {color: s.color} : undefined})),
  };
}

async function drawPlans(filters, card, draw) {
  try {
    const all = await getJson(`/api/plans${qs({...filters, size: 1})}`);
    const provinces = (all.facets.province || []).map(f => f.value);
    const years = (all.facets.year || []).map(f => f.value).sort();
    if (provinces.length === 0) {
      render(card.body, notice('info', 'Chưa có kế hoạch nào.'));
      return;
    }
    // one small query per year gives the province counts of that year
    const perYear = await Promise.all(years.map(y => getJson(`/api/plans${qs({...filters, year: y, size: 1})}`)));
    const matrix = perYear.map(r => counts(r.facets.province || []));
    render(card.body, h('p', {class: 'hint'}, `${numberFormat.format(all.total)} kế hoạch.`),
      dataTable('Kế hoạch theo tỉnh và năm', ['Tỉnh, thành phố', ...years],
        provinces.map(p => [p, ...matrix.map(m => m.get(p) || 0)])));
    draw(card, barOption(provinces, years.map((y, i) => ({name: y, stack: 'p', data: provinces.map(p => matrix[i].get(p) || 0)})), false),
      p => location.assign(searchHref({province: p.name, year: p.seriesName})));
  } catch (e) {
    render(card.body, notice('error', errorText(e)));
  }
}

async function drawQuarters(filters, card, draw) {
  try {
    const all = await getJson(`/api/tasks${qs({...filters, size: 1})}`);
    const years = (all.facets.year || []).map(f => f.value).sort();
    const quarters = QUARTER_ORDER.filter(q => (all.facets.quarter || []).some(f => f.value === q));
    const other = (all.facets.quarter || []).filter(f => !QUARTER_ORDER.includes(f.value)).map(f => f.value);
    const keys = [...quarters, ...other];
    if (keys.length === 0) {
      render(card.body, notice('info', 'Chưa có nhiệm vụ nào có quý.'));
      return;
    }
    const perYear = await Promise.all(years.map(y => getJson(`/api/tasks${qs({...filters, year: y, size: 1})}`)));
    const matrix = perYear.map(r => counts(r.facets.quarter || []));
    render(card.body, h('p', {class: 'hint'}, `${numberFormat.format(all.total)} nhiệm vụ.`),
      dataTable('Nhiệm vụ theo quý và năm', ['Quý', ...years], keys.map(q => [quarterLabel(q), ...matrix.map(m => m.get(q) || 0)])));
    draw(card, barOption(keys.map(quarterLabel), years.map((y, i) => ({name: y, stack: 'q', data: keys.map(q => matrix[i].get(q) || 0)})), false),
      p => location.assign(searchHref({quarter: keys[p.dataIndex], year: p.seriesName})));
  } catch (e) {
    render(card.body, notice('error', errorText(e)));
  }
}

async function drawOutdated(filters, box) {
  const heading = h('h2', {id: 'h-outdated'}, 'Dẫn chiếu văn bản đã hết hiệu lực');
  let data;
  try {
    data = await getOptional(`/api/legal-refs/outdated${qs(filters)}`);
  } catch (e) {
    render(box, heading, notice('error', errorText(e)));
    return;
  }
  if (data === null) {
    render(box, heading, notice('unavailable', 'Danh sách dẫn chiếu văn bản hết hiệu lực chưa có trên máy chủ này.'));
    return;
  }
  const rows = listOf(data, 'citations', 'outdated', 'items', 'rows');
  const csv = `/api/legal-refs/outdated.csv${qs(filters)}`;
  render(box, h('h2', {id: 'h-outdated'}, `Dẫn chiếu văn bản đã hết hiệu lực (${rows.length})`),
    h('p', {class: 'hint'}, 'Kế hoạch dẫn chiếu văn bản đã bị thay thế hoặc hết hiệu lực vào ngày ban hành kế hoạch. ',
      h('a', {href: csv}, 'Tải CSV')),
    rows.length === 0 ? notice('info', 'Không có kế hoạch nào dẫn chiếu văn bản đã hết hiệu lực.') : h('div', {class: 'table-wrap'},
      h('table', null, h('caption', {class: 'visually-hidden'}, 'Dẫn chiếu văn bản đã hết hiệu lực'),
        h('thead', null, h('tr', null, ['Kế hoạch', 'Tỉnh', 'Ngày', 'Văn bản dẫn chiếu', 'Hiệu lực', 'Thay thế bởi'].map(c => h('th', {scope: 'col'}, c)))),
        h('tbody', null, rows.map(r => {
          const ref = pick(r, 'legalRef', 'refId', 'ref', 'cited', 'id');
          const refId = ref && typeof ref === 'object' ? pick(ref, 'id') : ref;
          const replacement = pick(r, 'replacedBy', 'replacement') ?? (ref && typeof ref === 'object' ? ref.replacedBy : undefined);
          const status = pick(r, 'status') ?? (ref && typeof ref === 'object' ? ref.status : undefined);
          return h('tr', {class: 'outdated'},
            h('td', null, planLink(pick(r, 'planId'), pick(r, 'docNumber')), pick(r, 'issuer') ? h('div', {class: 'hint'}, pick(r, 'issuer')) : null),
            h('td', null, pick(r, 'province') || ''),
            h('td', null, String(pick(r, 'date', 'year') ?? '')),
            h('td', null, refId || '', pick(r, 'asWritten') ? h('div', {class: 'hint'}, pick(r, 'asWritten')) : null),
            h('td', null, statusBadge(status || 'expired')),
            h('td', null, replacement ? h('a', {href: searchHref({legalRef: replacement})}, replacement) : '',
              pick(r, 'replacedFrom') ? h('div', {class: 'hint'}, `từ ${pick(r, 'replacedFrom')}`) : null,
              pick(r, 'replacementTitle') ? h('div', {class: 'hint'}, pick(r, 'replacementTitle')) : null));
        })))));
}
