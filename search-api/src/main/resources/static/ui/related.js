// Parent and child plans and gaps, as the analytics endpoints describe them; shared by the plan and gaps pages.
import {h, pick, quarterLabel, searchHref} from './dom.js';

const PLAN_ID = /^[0-9a-f]{16}$/;

/** A parent or child plan: an id, a reference such as "05/KH-UBND", or an object with planId/docNumber/…. */
export function relatedPlan(item) {
  if (item === null || item === undefined) return null;
  if (typeof item === 'string') {
    return PLAN_ID.test(item)
      ? h('a', {href: `/plans/${item}`}, item)
      : h('span', null, item, ' ', h('a', {href: searchHref({legalRef: item}), class: 'hint'}, '(tìm các kế hoạch dẫn chiếu)'));
  }
  const id = pick(item, 'planId', 'id');
  const number = pick(item, 'docNumber', 'ref', 'number');
  const label = [pick(item, 'docType') || 'Kế hoạch', number].filter(Boolean).join(' ');
  const meta = [pick(item, 'issuer'), pick(item, 'province'), pick(item, 'year') ?? pick(item, 'date')].filter(Boolean).join(' · ');
  return h('span', null,
    id ? h('a', {href: `/plans/${encodeURIComponent(id)}`}, label || id) : h('span', null, label || '—'),
    meta ? h('span', {class: 'hint'}, ` – ${meta}`) : null,
    pick(item, 'title') ? h('span', {class: 'hint'}, ` – ${pick(item, 'title')}`) : null);
}

export const GAP_KINDS = {
  parent: 'Nhiệm vụ của kế hoạch cấp trên chưa có trong kế hoạch này',
  checklist: 'Nhiệm vụ thường kỳ còn thiếu hoặc sai quý',
  deadline: 'Hạn gửi, báo cáo ghi trong văn bản',
};

/** One missed obligation as a list item. */
export function gapItem(gap) {
  const unit = pick(gap, 'unit', 'units');
  const unitText = Array.isArray(unit) ? unit.map(u => (typeof u === 'string' ? u : pick(u, 'canonical', 'name'))).join('; ')
    : (unit && typeof unit === 'object' ? pick(unit, 'canonical', 'name') : unit);
  const expected = pick(gap, 'expectedQuarter');
  const actual = pick(gap, 'foundQuarter', 'actualQuarter');
  const deadline = pick(gap, 'deadline');
  const parentTask = gap.kind === 'parent' ? pick(gap, 'sourceTaskId', 'parentTaskId') : null;
  const item = pick(gap, 'item', 'name', 'label');
  return h('li', {'data-kind': gap.kind || null},
    h('p', {class: 'text'}, gap.misplaced ? h('span', {class: 'badge warn'}, 'Sai quý') : null, gap.misplaced ? ' ' : null,
      gap.text || item || '—'),
    h('p', {class: 'facts'},
      expected ? h('span', null, h('span', {class: 'k'}, 'Quý dự kiến: '), quarterLabel(expected)) : null,
      actual && actual !== expected ? h('span', null, h('span', {class: 'k'}, 'Đang ở: '), quarterLabel(actual)) : null,
      unitText ? h('span', null, h('span', {class: 'k'}, 'Đơn vị: '), unitText) : null,
      deadline ? h('span', null, h('span', {class: 'k'}, 'Hạn: '), deadline) : null,
      parentTask ? h('span', null, h('span', {class: 'k'}, 'Nhiệm vụ gốc: '), parentTask) : null));
}

/** Missed obligations grouped by kind, each group a list. */
export function gapGroups(missing, headingLevel = 'h3') {
  const byKind = new Map();
  for (const gap of missing) {
    const kind = gap.kind || 'other';
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind).push(gap);
  }
  return [...byKind].map(([kind, gaps]) => h('section', {class: 'gap-kind', 'data-kind': kind},
    h(headingLevel, null, `${GAP_KINDS[kind] || kind} (${gaps.length})`),
    h('ul', {class: 'gap-list'}, gaps.map(gapItem))));
}
