// Run in the page by tests/e2e/keyboard.ts (plain JavaScript: the e2e side has no DOM types).
// The element that has the keyboard's focus, as a person at the desk sees it (issue 13, WCAG
// 2.4.7 Focus Visible, 2.4.11 Focus Not Obscured, 1.4.11 Non-text Contrast): its name, where it
// is, the ring drawn round it (outline or box-shadow) and the colour the ring stands on, and
// whether anything of the page lies over its centre.

(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const labelled = el.getAttribute('aria-labelledby');
  const name = (
    el.getAttribute('aria-label') ??
    (labelled ? document.getElementById(labelled.split(' ')[0])?.textContent : null) ??
    el.labels?.[0]?.textContent ??
    el.textContent ??
    ''
  )
    .replace(/\s+/g, ' ')
    .trim();
  const path = [];
  for (let e = el; e && e !== document.body; e = e.parentElement)
    path.unshift(`${e.tagName.toLowerCase()}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
  const style = getComputedStyle(el);
  const opaque = (c) => c && c !== 'transparent' && !/rgba\(.*, 0\)$/.test(c);
  // The ring lies outside the element (a positive offset): it stands on what is behind it.
  const offset = Number.parseFloat(style.outlineOffset) || 0;
  let behind = 'rgb(255, 255, 255)';
  for (let e = offset >= 0 ? el.parentElement : el; e; e = e.parentElement) {
    const b = getComputedStyle(e).backgroundColor;
    if (opaque(b)) {
      behind = b;
      break;
    }
  }
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const label = el.labels?.[0];
  return {
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute('type'),
    name,
    path: path.join('/'),
    top: r.top + window.scrollY,
    left: r.left + window.scrollX,
    outlineStyle: style.outlineStyle,
    outlineWidth: Number.parseFloat(style.outlineWidth) || 0,
    outlineColor: style.outlineColor,
    boxShadow: style.boxShadow,
    behind,
    inWindow: r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth,
    obscured: !(hit && (el.contains(hit) || label?.contains(hit))),
    obscuredBy: hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing',
  };
})();
