// Plan page (/plans/{id}): identity, tasks by quarter with their units, cited documents with status badges,
// parent and child plans, gaps, and the original file.
import {h, render, getJson, getOptional, notice, errorText, quarterLabel, QUARTER_ORDER, statusBadge, isOutdated,
  searchHref, setTitle, listOf, pick, ApiError} from './dom.js';
import {relatedPlan, gapGroups} from './related.js';

function units(list) {
  if (!list || list.length === 0) return null;
  return list.map(u => (typeof u === 'string' ? u : (u.canonical && u.canonical !== u.name ? `${u.name} (${u.canonical})` : u.name))).join('; ');
}

function unitLinks(list) {
  if (!list || list.length === 0) return null;
  const parts = [];
  list.forEach((u, i) => {
    if (i > 0) parts.push('; ');
    const name = typeof u === 'string' ? u : u.name;
    const canonical = typeof u === 'string' ? u : (u.canonical || u.name);
    parts.push(h('a', {href: searchHref({unit: canonical}), title: `Mọi nhiệm vụ của ${canonical}`}, name));
  });
  return parts;
}

export async function show(main, id) {
  setTitle('Kế hoạch');
  let plan;
  try {
    plan = await getJson(`/api/plans/${encodeURIComponent(id)}`);
  } catch (e) {
    const missing = e instanceof ApiError && e.status === 404;
    render(main, h('h1', null, missing ? 'Không có kế hoạch này' : 'Không tải được kế hoạch'),
      notice('error', missing ? `Không có kế hoạch mã ${id} trong chỉ mục.` : errorText(e), ' ', h('a', {href: '/'}, 'Về trang tìm kiếm')));
    return;
  }
  const heading = [plan.docType || 'Kế hoạch', plan.docNumber].filter(Boolean).join(' số ');
  setTitle(heading);
  const gapsBox = h('section', {'aria-labelledby': 'gaps-h', id: 'gaps'}, h('h2', {id: 'gaps-h'}, 'Nhiệm vụ có thể bị bỏ sót'),
    h('p', {class: 'loading'}, 'Đang tải…'));
  const relatedBox = h('section', {class: 'related', 'aria-labelledby': 'related-h', id: 'related'});
  render(main,
    h('nav', {'aria-label': 'Đường dẫn', class: 'hint'}, h('a', {href: '/'}, 'Tìm kiếm'), ' › ', heading),
    h('h1', null, heading, plan.title ? h('span', {class: 'subtitle'}, h('br'), plan.title) : null),
    identity(plan, id),
    h('nav', {class: 'on-page', 'aria-label': 'Trên trang này'}, h('ul', null,
      h('li', null, h('a', {href: '#tasks-h'}, 'Nhiệm vụ')),
      h('li', null, h('a', {href: '#refs-h'}, 'Văn bản dẫn chiếu')),
      (plan.obligations || []).length ? h('li', null, h('a', {href: '#obl-h'}, 'Tổ chức thực hiện')) : null,
      h('li', null, h('a', {href: '#gaps-h'}, 'Nhiệm vụ có thể bị bỏ sót')))),
    relatedBox,
    tasksSection(plan.tasks || []),
    referencesSection(plan),
    obligationsSection(plan.obligations || []),
    gapsBox);
  drawRelated(relatedBox, plan, null);

  // parent, children and gaps come from the analytics endpoint; the page works without it
  try {
    const gaps = await getOptional(`/api/plans/${encodeURIComponent(id)}/gaps`);
    if (gaps === null) {
      render(gapsBox, h('h2', {id: 'gaps-h'}, 'Nhiệm vụ có thể bị bỏ sót'),
        notice('unavailable', 'Dữ liệu về nhiệm vụ bị bỏ sót chưa có trên máy chủ này.'));
      return;
    }
    drawRelated(relatedBox, plan, gaps);
    const missing = listOf(gaps, 'missing');
    render(gapsBox, h('h2', {id: 'gaps-h'}, `Nhiệm vụ có thể bị bỏ sót (${missing.length})`),
      missing.length ? gapGroups(missing) : notice('info', 'Không phát hiện nhiệm vụ nào bị bỏ sót.'));
  } catch (e) {
    render(gapsBox, h('h2', {id: 'gaps-h'}, 'Nhiệm vụ có thể bị bỏ sót'), notice('error', errorText(e)));
  }
}

function identity(plan, id) {
  const rows = [
    ['Số, ký hiệu', plan.docNumber],
    ['Cơ quan ban hành', plan.issuer],
    ['Tỉnh, thành phố', plan.province && plan.currentProvince && plan.currentProvince !== plan.province
      ? `${plan.province} (nay thuộc ${plan.currentProvince})` : plan.province],
    ['Ngày ban hành', plan.date],
    ['Năm kế hoạch', plan.year],
    ['Người ký', plan.signer ? [plan.signer.authority, plan.signer.role, plan.signer.name].filter(Boolean).join(' ') : null],
    ['Số nhiệm vụ', (plan.tasks || []).length],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return h('section', {class: 'card identity', 'aria-label': 'Thông tin văn bản'},
    h('dl', null, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, String(v))]),
      h('dt', null, 'Văn bản gốc'),
      h('dd', null, h('a', {href: `/api/plans/${encodeURIComponent(id)}/source`, download: plan.file || true},
        plan.file || 'Tải về'), plan.mediaType ? h('span', {class: 'hint'}, ` (${plan.mediaType})`) : null)),
    plan.warnings && plan.warnings.length
      ? h('details', null, h('summary', null, `Cảnh báo khi đọc văn bản (${plan.warnings.length})`),
        h('ul', null, plan.warnings.map(w => h('li', null, w))))
      : null);
}

function drawRelated(box, plan, gaps) {
  const parent = pick(gaps, 'parent') ?? pick(plan, 'parent');
  const children = listOf(pick(gaps, 'children') ?? pick(plan, 'children'));
  const refs = plan.parentRefs || [];
  const parts = [];
  if (parent) parts.push(h('p', null, h('span', {class: 'k'}, 'Thực hiện kế hoạch cấp trên: '), relatedPlan(parent)));
  else if (refs.length) parts.push(h('p', null, h('span', {class: 'k'}, 'Thực hiện: '), refs.join(', ')));
  if (children.length) parts.push(h('div', null, h('span', {class: 'k'}, `Kế hoạch cấp dưới thực hiện kế hoạch này (${children.length}):`),
    h('ul', null, children.map(c => h('li', null, relatedPlan(c))))));
  render(box, parts.length ? [h('h2', {id: 'related-h'}, 'Kế hoạch liên quan'), ...parts] : null);
  box.hidden = parts.length === 0;
}

function tasksSection(tasks) {
  const byQuarter = new Map();
  for (const t of tasks) {
    const q = QUARTER_ORDER.includes(t.quarter) ? t.quarter : '';
    if (!byQuarter.has(q)) byQuarter.set(q, []);
    byQuarter.get(q).push(t);
  }
  const order = [...QUARTER_ORDER, ''].filter(q => byQuarter.has(q));
  return h('section', {'aria-labelledby': 'tasks-h'},
    h('h2', {id: 'tasks-h'}, `Nhiệm vụ theo quý (${tasks.length})`),
    tasks.length === 0 ? notice('info', 'Không tách được bảng nhiệm vụ từ văn bản này.') : null,
    order.map(q => h('section', {class: 'quarter-block', 'data-quarter': q || 'none'},
      h('h3', null, `${quarterLabel(q || null)} (${byQuarter.get(q).length})`),
      h('ul', {class: 'tasks'}, byQuarter.get(q).map(t => h('li', null,
        h('p', {class: 'text'}, t.no ? h('span', {class: 'no'}, `${t.no}.`) : null, t.text),
        h('p', {class: 'facts'},
          t.lead && t.lead.length ? h('span', null, h('span', {class: 'k'}, 'Chủ trì: '), unitLinks(t.lead)) : null,
          t.support && t.support.length ? h('span', null, h('span', {class: 'k'}, 'Phối hợp: '), unitLinks(t.support)) : null,
          t.deadline ? h('span', null, h('span', {class: 'k'}, 'Hạn: '), t.deadline) : null)))))));
}

function referencesSection(plan) {
  const refs = plan.legalRefs || [];
  const outdated = refs.filter(isOutdated).length;
  return h('section', {'aria-labelledby': 'refs-h'},
    h('h2', {id: 'refs-h'}, `Văn bản được dẫn chiếu (${refs.length})`),
    outdated ? notice('error', `${outdated} văn bản được dẫn chiếu đã hết hiệu lực hoặc đã bị thay thế.`) : null,
    refs.length === 0 ? notice('info', 'Kế hoạch không dẫn chiếu văn bản nào.') : h('div', {class: 'table-wrap'},
      h('table', null,
        h('caption', {class: 'visually-hidden'}, 'Văn bản được dẫn chiếu và hiệu lực'),
        h('thead', null, h('tr', null, ['Văn bản', 'Loại', 'Cơ quan', 'Hiệu lực', 'Thay thế bởi'].map(c => h('th', {scope: 'col'}, c)))),
        h('tbody', null, refs.map(r => h('tr', {class: isOutdated(r) ? 'outdated' : null},
          h('td', null, h('a', {href: searchHref({legalRef: r.id}), title: 'Các nhiệm vụ dẫn chiếu văn bản này'}, r.id),
            r.asWritten ? h('div', {class: 'hint'}, r.asWritten) : null),
          h('td', null, r.type || ''),
          h('td', null, r.issuer || ''),
          h('td', null, statusBadge(r.status)),
          h('td', null, r.replacedBy ? h('a', {href: searchHref({legalRef: r.replacedBy})}, r.replacedBy) : '')))))));
}

function obligationsSection(obligations) {
  if (obligations.length === 0) return null;
  return h('section', {'aria-labelledby': 'obl-h'},
    h('h2', {id: 'obl-h'}, `Tổ chức thực hiện: trách nhiệm của các đơn vị (${obligations.length})`),
    h('ul', {class: 'tasks'}, obligations.map(o => h('li', null,
      h('p', {class: 'text'}, o.unit ? h('strong', null, `${units([o.unit])}: `) : null, o.text),
      o.deadline ? h('p', {class: 'facts'}, h('span', null, h('span', {class: 'k'}, 'Hạn: '), o.deadline)) : null))));
}
