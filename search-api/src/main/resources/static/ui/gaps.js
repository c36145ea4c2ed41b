// Gaps (/gaps): missed obligations summed up across plans (parent tasks not taken up, recurring obligations of the
// annual cycle missing or in the wrong quarter, dated obligations), one line per plan.
import {h, render, getOptional, notice, errorText, numberFormat, planLink, setTitle, listOf, pick} from './dom.js';
import {readParams, queryString, filterForm} from './filters.js';
import {GAP_KINDS} from './related.js';

const TOTAL_LABELS = {...GAP_KINDS, misplaced: 'Nhiệm vụ thường kỳ đặt sai quý'};
// names of the checklist items of index-config's annual-checklist.json, for the ids /api/gaps counts by
const ITEMS = {
  'registration': 'Đăng ký thi đua, ký kết giao ước thi đua',
  'launch': 'Phát động phong trào thi đua',
  'six-month-review': 'Sơ kết 6 tháng',
  'inspection': 'Kiểm tra công tác thi đua, khen thưởng',
  'initiative': 'Xét, công nhận sáng kiến',
  'year-end-summary': 'Tổng kết năm',
  'commendation': 'Khen thưởng',
};

export async function show(main) {
  setTitle('Nhiệm vụ bị bỏ sót');
  const params = readParams(['province', 'year']);
  const form = await filterForm('/gaps', params);
  const body = h('div', null, h('p', {class: 'loading'}, 'Đang tải…'));
  render(main, h('h1', null, 'Nhiệm vụ có thể bị bỏ sót'),
    h('p', {class: 'hint'}, 'Đối chiếu kế hoạch cấp dưới với kế hoạch cấp trên, và với các nhiệm vụ thường kỳ trong năm ',
      '(đăng ký thi đua, phát động, sơ kết, kiểm tra, sáng kiến, tổng kết, khen thưởng).'),
    form, body);

  let data;
  try {
    data = await getOptional(`/api/gaps${queryString(params)}`);
  } catch (e) {
    render(body, notice('error', errorText(e)));
    return;
  }
  if (data === null) {
    render(body, notice('unavailable', 'Chức năng phát hiện nhiệm vụ bị bỏ sót chưa có trên máy chủ này.'));
    main.dataset.ready = 'true';
    return;
  }
  const totals = pick(data, 'totals') || {};
  const byItem = pick(data, 'byItem') || {};
  const rows = listOf(data, 'byPlan', 'plans');
  const planCount = typeof data.plans === 'number' ? data.plans : rows.length;
  render(body,
    h('p', {class: 'status', role: 'status'}, `${numberFormat.format(planCount)} kế hoạch được đối chiếu.`),
    Object.keys(totals).length ? h('section', {class: 'card', 'aria-labelledby': 'totals-h'},
      h('h2', {id: 'totals-h'}, 'Tổng số'),
      h('ul', null, Object.entries(totals).map(([k, v]) => h('li', null, `${TOTAL_LABELS[k] || k}: `, h('strong', null, numberFormat.format(v)))))) : null,
    Object.keys(byItem).length ? h('section', {class: 'card', 'aria-labelledby': 'items-h'},
      h('h2', {id: 'items-h'}, 'Số kế hoạch thiếu từng nhiệm vụ thường kỳ'),
      h('ul', null, Object.entries(byItem).sort((a, b) => b[1] - a[1]).map(([k, v]) => h('li', null, `${ITEMS[k] || k}: `, h('strong', null, numberFormat.format(v)))))) : null,
    h('section', {'aria-labelledby': 'byplan-h'},
      h('h2', {id: 'byplan-h'}, 'Theo kế hoạch'),
      rows.length === 0 ? notice('info', 'Không có kế hoạch nào.') : h('div', {class: 'table-wrap'}, h('table', null,
        h('caption', {class: 'visually-hidden'}, 'Nhiệm vụ bị bỏ sót theo kế hoạch'),
        h('thead', null, h('tr', null, ['Kế hoạch', 'Tỉnh', 'Năm', 'Kế hoạch cấp trên', 'Thiếu so với cấp trên',
          'Thiếu nhiệm vụ thường kỳ', 'Sai quý', 'Hạn ghi trong văn bản'].map(t => h('th', {scope: 'col'}, t)))),
        h('tbody', null, rows.map(r => h('tr', null,
          h('td', null, planLink(r.planId, r.docNumber), r.issuer ? h('div', {class: 'hint'}, r.issuer) : null),
          h('td', null, r.province || ''),
          h('td', null, r.year ?? ''),
          h('td', null, typeof r.parent === 'object' && r.parent ? planLink(r.parent.planId, r.parent.docNumber) : (r.parent || '')),
          h('td', null, num(r.parentMissing)),
          h('td', null, num(r.checklistMissing)),
          h('td', null, num(r.checklistMisplaced)),
          h('td', null, num(r.deadlines)))))))),
    h('p', null, h('a', {href: `/api/gaps.csv${queryString(params)}`}, 'Tải CSV')));
  main.dataset.ready = 'true';
}

function num(v) {
  return typeof v === 'number' ? numberFormat.format(v) : '';
}
