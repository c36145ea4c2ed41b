// Overlaps (/overlaps): clusters of near-duplicate tasks and obligations with their members, and obligations given
// to different lead units within one plan.
import {h, render, getOptional, notice, errorText, quarterLabel, numberFormat, planLink, setTitle, listOf, pick} from './dom.js';
import {readParams, queryString, filterForm} from './filters.js';

const PAGE_SIZE = 20;

export async function show(main) {
  setTitle('Nhiệm vụ trùng lặp');
  const params = readParams(['province', 'year', 'minSimilarity', 'page']);
  const page = Math.max(1, parseInt(params.page, 10) || 1);
  const similarity = h('label', null, 'Độ giống tối thiểu',
    h('input', {type: 'number', name: 'minSimilarity', id: 'flt-minSimilarity', min: '0.1', max: '1', step: '0.05',
      value: params.minSimilarity || null, placeholder: 'mặc định', inputmode: 'decimal'}));
  const form = await filterForm('/overlaps', {province: params.province, year: params.year, minSimilarity: params.minSimilarity}, [similarity]);
  const status = h('p', {class: 'status', role: 'status', 'aria-live': 'polite'}, 'Đang tải…');
  const list = h('div', {class: 'clusters'});
  render(main, h('h1', null, 'Nhiệm vụ trùng lặp giữa các kế hoạch'),
    h('p', {class: 'hint'}, 'Các nhiệm vụ, trách nhiệm gần giống nhau (kể cả khi diễn đạt khác, viết tắt, khác năm) được gom thành nhóm.'),
    form, status, list);

  const query = {province: params.province, year: params.year, minSimilarity: params.minSimilarity};
  let data;
  try {
    data = await getOptional(`/api/overlaps${queryString({...query, page: page > 1 ? page : '', size: PAGE_SIZE})}`);
  } catch (e) {
    status.textContent = '';
    render(list, notice('error', errorText(e)));
    return;
  }
  if (data === null) {
    status.textContent = '';
    render(list, notice('unavailable', 'Chức năng phát hiện trùng lặp chưa có trên máy chủ này.'));
    main.dataset.ready = 'true';
    return;
  }
  const clusters = listOf(data, 'clusters');
  const total = pick(data, 'total') ?? clusters.length;
  const doubles = pick(data, 'doubleAssignments');
  status.textContent = total === 0 ? 'Không có nhóm trùng lặp nào.'
    : `${numberFormat.format(total)} nhóm trùng lặp` +
      (typeof doubles === 'number' && doubles ? `, ${numberFormat.format(doubles)} nhóm giao cho nhiều đơn vị chủ trì trong cùng kế hoạch` : '') + '.';
  render(list, clusters.map((c, i) => cluster(c, (page - 1) * PAGE_SIZE + i + 1)),
    h('p', null, h('a', {href: `/api/overlaps.csv${queryString(query)}`}, 'Tải CSV')),
    pager(total, page, query));
  main.dataset.ready = 'true';
}

function cluster(c, n) {
  const members = listOf(c, 'members');
  const plans = pick(c, 'plans') ?? new Set(members.map(m => m.planId)).size;
  const doubles = listOf(c, 'doubleAssignments');
  return h('article', {class: 'cluster', 'aria-labelledby': `cl-${n}`},
    h('h2', {id: `cl-${n}`, class: 'h3'}, `Nhóm ${n}: `, c.representative || (members[0] && members[0].text) || ''),
    h('p', {class: 'facts'}, `${members.length} nhiệm vụ trong ${plans} kế hoạch`,
      doubles.length ? h('span', {class: 'badge bad flag'}, 'Giao cho nhiều đơn vị chủ trì') : null),
    doubles.length ? h('ul', null, doubles.map(d => h('li', null, 'Kế hoạch ', planLink(d.planId, d.docNumber),
      ' giao cùng việc cho: ', (d.leads || []).join('; ')))) : null,
    h('div', {class: 'table-wrap'}, h('table', null,
      h('caption', {class: 'visually-hidden'}, `Các nhiệm vụ của nhóm ${n}`),
      h('thead', null, h('tr', null, ['Kế hoạch', 'Tỉnh', 'Quý', 'Nhiệm vụ', 'Chủ trì', 'Độ giống'].map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', null, members.map(m => h('tr', null,
        h('td', null, planLink(m.planId, m.docNumber), m.issuer ? h('div', {class: 'hint'}, m.issuer) : null),
        h('td', null, [m.province, m.year].filter(Boolean).join(' · ')),
        h('td', null, m.quarter ? quarterLabel(m.quarter) : ''),
        h('td', null, m.text || ''),
        h('td', null, (m.lead || []).join('; ')),
        h('td', null, typeof m.similarity === 'number' ? `${Math.round(m.similarity * 100)}%` : '')))))));
}

function pager(total, page, query) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  const href = p => `/overlaps${queryString({...query, page: p > 1 ? p : ''})}`;
  return h('nav', {class: 'pager', 'aria-label': 'Phân trang'}, h('ul', null,
    page > 1 ? h('li', null, h('a', {href: href(page - 1), rel: 'prev'}, '‹ Trước')) : null,
    h('li', null, h('a', {href: href(page), 'aria-current': 'page'}, `${page} / ${pages}`)),
    page < pages ? h('li', null, h('a', {href: href(page + 1), rel: 'next'}, 'Sau ›')) : null));
}
