// Run in the page by tests/e2e/reach.ts (plain JavaScript: the e2e side has no DOM types).
// Whether every action of the screen can be reached (issue 13, WCAG 1.4.10 Reflow and 1.4.4
// Resize text: zoom to 200 % at 1366×768 without losing an action). Run in the page: each button,
// link and field that is rendered is scrolled into view as a person would scroll to it, and then
// must be in the window, not cut off by a box that hides its overflow, and be what is under the
// pointer at its centre (not covered by a sticky bar or a side panel). The page itself must not
// scroll sideways, and no box but a data table's (which 1.4.10 lets scroll both ways) may either.

(() => {
  const problems = [];
  const describe = (el) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    const label = el.labels?.[0]?.textContent.trim();
    const what = text || label || el.getAttribute('name') || el.id || el.outerHTML.slice(0, 60);
    return `${el.tagName.toLowerCase()} «${what.replace(/\s+/g, ' ').slice(0, 50)}»`;
  };
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    // Named by the outermost boxes that stick out, which is where the CSS needs to give.
    const out = [...document.querySelectorAll('body *')].filter((el) => {
      const right = (e) => e.getBoundingClientRect().right + window.scrollX;
      return (
        right(el) > root.clientWidth + 1 &&
        el.parentElement &&
        right(el.parentElement) <= root.clientWidth + 1
      );
    });
    const names = out.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    problems.push(
      `the page scrolls sideways: ${root.scrollWidth} px wide in a ${root.clientWidth} px window (${names.join(', ')})`,
    );
  }
  for (const box of document.querySelectorAll('body *')) {
    const { overflowX } = getComputedStyle(box);
    if (overflowX !== 'auto' && overflowX !== 'scroll') continue;
    if (box.scrollWidth <= box.clientWidth + 1 || box.matches('table') || box.querySelector('table'))
      continue;
    problems.push(
      `${box.tagName.toLowerCase()}.${box.className} scrolls sideways (${box.scrollWidth} in ${box.clientWidth})`,
    );
  }
  // With a modal dialog open, its actions are the screen's; the page behind waits under it.
  const scope = document.querySelector('[aria-modal="true"], dialog:modal') ?? document;
  const controls = scope.querySelectorAll(
    'button, a[href], input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
  );
  for (const el of controls) {
    if (el.closest('[inert], [hidden]') || !el.checkVisibility({ visibilityProperty: true })) continue;
    // A field drawn by its label (a visually hidden radio or file input) is reached by its label.
    let target = el;
    const own = el.getBoundingClientRect();
    if (own.width <= 2 || own.height <= 2) {
      const label = el.labels?.[0];
      if (!label) {
        problems.push(`${describe(el)}: drawn ${own.width}×${own.height} px with no label to click`);
        continue;
      }
      target = label;
    }
    target.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = target.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) {
      problems.push(
        `${describe(el)}: outside the window even when scrolled to (${Math.round(x)}, ${Math.round(y)})`,
      );
      continue;
    }
    let clippedBy = null;
    for (let a = target.parentElement; a && !clippedBy; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const box = a.getBoundingClientRect();
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) clippedBy = a;
    }
    if (clippedBy) {
      problems.push(`${describe(el)}: cut off by ${clippedBy.tagName.toLowerCase()}.${clippedBy.className}`);
      continue;
    }
    const hit = document.elementFromPoint(x, y);
    const ok =
      hit !== null &&
      (target.contains(hit) || (hit.closest('label') !== null && hit.closest('label') === el.labels?.[0]));
    if (!ok) {
      const over = hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing';
      problems.push(`${describe(el)}: covered by ${over}`);
    }
  }
  return problems;
})();
