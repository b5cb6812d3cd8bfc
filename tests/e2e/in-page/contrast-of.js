// Run in the page by checkAccessibility (tests/e2e/browser.ts), plain JavaScript: the e2e side
// has no DOM types. For the elements whose text contrast axe-core leaves "to review" — text drawn
// in an SVG chart (axe sees an image node and stops), text whose box overlaps another's — the
// colours as the page computes them: the text's (an SVG text's fill), and the first opaque
// background behind it going up the tree (through the <svg> to the panel it is drawn on), with
// whether the text is large in WCAG's sense (24 px, or 18.66 px bold).

(selectors) =>
  selectors.map((selector) => {
    const el = document.querySelector(selector);
    if (!el) return { selector, missing: true };
    const style = getComputedStyle(el);
    const svgText = el instanceof SVGElement && style.fill && style.fill !== 'none';
    const color = svgText ? style.fill : style.color;
    let background = null;
    for (let e = el; e; e = e.parentElement) {
      const b = getComputedStyle(e).backgroundColor;
      if (b && b !== 'transparent' && !/rgba\(.*, 0\)$/.test(b)) {
        background = b;
        break;
      }
    }
    const size = Number.parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    return {
      selector,
      color,
      background: background ?? 'rgb(255, 255, 255)',
      large: size >= 24 || (bold && size >= 18.66),
    };
  });
