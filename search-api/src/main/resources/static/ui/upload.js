// Upload (/upload): for holders of the API key. Each file goes in its own request, so one unreadable file does not
// hold back the others and every file gets its own result or error (from the API's problem details).
import {h, render, readJson, errorText, planLink, setTitle, ApiError, pick} from './dom.js';

const KEY_STORE = 'thidua.apiKey';

export function show(main) {
  setTitle('Tải kế hoạch lên');
  const remembered = sessionStorage.getItem(KEY_STORE) || '';
  const key = h('input', {type: 'password', id: 'api-key', name: 'apiKey', autocomplete: 'off', required: true,
    value: remembered || null, 'aria-describedby': 'key-hint'});
  const remember = h('input', {type: 'checkbox', id: 'remember', checked: !!remembered});
  const files = h('input', {type: 'file', id: 'files', name: 'file', multiple: true, required: true,
    accept: '.docx,.doc,.odt,.rtf,.pdf,.html,.htm,.txt', 'aria-describedby': 'files-hint'});
  const submit = h('button', {type: 'submit'}, 'Tải lên');
  const progress = h('p', {class: 'status', role: 'status', 'aria-live': 'polite'});
  const results = h('ul', {class: 'upload-results', 'aria-label': 'Kết quả từng tệp'});
  const form = h('form', {class: 'upload-form', 'aria-labelledby': 'upload-h'},
    h('div', null, h('label', {for: 'api-key'}, 'Khoá API'), key,
      h('p', {id: 'key-hint', class: 'hint'}, 'Khoá do quản trị hệ thống cấp; được gửi trong tiêu đề X-API-Key.'),
      h('label', {class: 'inline', for: 'remember'}, remember, 'Nhớ khoá trong phiên làm việc này')),
    h('div', null, h('label', {for: 'files'}, 'Tệp kế hoạch'), files,
      h('p', {id: 'files-hint', class: 'hint'}, 'DOCX, DOC, ODT, RTF, PDF, HTML hoặc TXT; chọn được nhiều tệp. ',
        'Tải lại tệp cùng tên sẽ thay kế hoạch cũ; tệp giống hệt không thay đổi gì.')),
    h('div', null, submit));
  render(main, h('h1', {id: 'upload-h'}, 'Tải kế hoạch lên'), form, progress, results);

  form.addEventListener('submit', async e => {
    e.preventDefault();
    const apiKey = key.value.trim();
    if (!apiKey) { key.focus(); return; }
    if (remember.checked) sessionStorage.setItem(KEY_STORE, apiKey);
    else sessionStorage.removeItem(KEY_STORE);
    const chosen = [...files.files];
    if (chosen.length === 0) { files.focus(); return; }
    submit.disabled = true;
    results.replaceChildren();
    let ok = 0;
    for (const [i, file] of chosen.entries()) {
      progress.textContent = `Đang tải ${i + 1}/${chosen.length}: ${file.name}…`;
      const item = h('li', null, h('span', {class: 'name'}, file.name), ': đang tải…');
      results.appendChild(item);
      try {
        const plans = await upload(file, apiKey);
        ok++;
        render(item, h('span', {class: 'ok'}, '✓ '), h('span', {class: 'name'}, file.name), ': đã nạp ',
          plans.map((p, j) => [j ? ', ' : '', planLink(p.id, [p.docType || 'Kế hoạch', p.docNumber].filter(Boolean).join(' ')),
            ` (${(p.tasks || []).length} nhiệm vụ${p.province ? `, ${p.province}` : ''}${p.year ? `, ${p.year}` : ''})`]));
      } catch (err) {
        render(item, h('span', {class: 'fail'}, '✗ '), h('span', {class: 'name'}, file.name), ': ', failure(err));
        if (err instanceof ApiError && err.status === 401) {
          // every further file would fail the same way
          progress.textContent = 'Khoá API không đúng; các tệp còn lại chưa được tải.';
          key.focus();
          submit.disabled = false;
          return;
        }
      }
    }
    progress.textContent = `Xong: ${ok}/${chosen.length} tệp đã nạp.`;
    submit.disabled = false;
  });
}

async function upload(file, apiKey) {
  const body = new FormData();
  body.append('file', file, file.name);
  let response;
  try {
    response = await fetch('/api/plans', {method: 'POST', headers: {'X-API-Key': apiKey, Accept: 'application/json'}, body});
  } catch {
    throw new ApiError(0, null, '/api/plans');
  }
  return (await readJson(response, '/api/plans')) || [];
}

function failure(err) {
  if (!(err instanceof ApiError)) return errorText(err);
  const p = err.problem || {};
  switch (err.status) {
    case 401: return 'khoá API không đúng hoặc thiếu.';
    case 403: return 'máy chủ không cho phép tải lên (chưa cấu hình khoá API).';
    case 413: return `tệp quá lớn${p.detail ? ` (${p.detail})` : ''}.`;
    case 422: {
      const failures = Array.isArray(p.failures) ? p.failures : [];
      const reason = failures.length ? failures.map(f => pick(f, 'reason', 'detail')).filter(Boolean).join('; ') : (p.reason || p.detail);
      return `không đọc được tệp${reason ? `: ${reason}` : ''}.`;
    }
    default: return errorText(err);
  }
}
