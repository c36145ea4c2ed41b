// Picks the page for the path the server forwarded to this shell, and loads only that page's module.
import {h, notice, render, errorText} from './dom.js';

const ROUTES = [
  [/^\/$/, 'search', () => import('./search.js')],
  [/^\/plans\/([^/]+)\/?$/, 'plan', () => import('./plan.js')],
  [/^\/dashboard\/?$/, 'dashboard', () => import('./dashboard.js')],
  [/^\/overlaps\/?$/, 'overlaps', () => import('./overlaps.js')],
  [/^\/gaps\/?$/, 'gaps', () => import('./gaps.js')],
  [/^\/upload\/?$/, 'upload', () => import('./upload.js')],
];

async function start() {
  const main = document.getElementById('main');
  const path = location.pathname;
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  if (!route) {
    render(main, h('h1', null, 'Không tìm thấy trang'), notice('error', 'Đường dẫn này không có trang nào. ',
      h('a', {href: '/'}, 'Về trang tìm kiếm')));
    return;
  }
  const [pattern, name, load] = route;
  for (const link of document.querySelectorAll('header.site nav a')) {
    if (link.dataset.route === name) link.setAttribute('aria-current', 'page');
  }
  const args = path.match(pattern).slice(1).map(decodeURIComponent);
  try {
    const page = await load();
    await page.show(main, ...args);
  } catch (e) {
    console.warn('page failed', e);
    render(main, h('h1', null, 'Không hiển thị được trang'), notice('error', errorText(e)));
  }
}

start();
