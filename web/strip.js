// strip.js: the result strip: while the reader changes assumptions far below the
// headline, the figure they move stays in view. When the headline figure (the chosen
// year's AWS revenue from Anthropic, stats().layout.headline) is not wholly inside the
// visible part of the calculator, a compact strip with that figure, the note's and a
// bar per year is pinned to the top of the visible part; it goes when the headline is
// back. A DOM element, so scrolling costs the canvas no frame and screen readers can
// read it; its words and figures come from the module (core: ResultStripJson).
//
// The visible part:
//   the page        the window (the strip's anchor is sticky)
//   embed.js        the host page tells the iframe, as it scrolls and resizes
//                   (embed_child.js: {type: 'aws-calc:viewport'}); the anchor is placed there
//   pym, AMP, plain an IntersectionObserver inside the iframe (embed_child.js), coarser
// Bundled with page.js by scripts/lib/assemble.mjs:
//   const strip = createResultStrip({ module, canvas });   // canvas(): the canvas now
//   strip.refresh()            after a state change (the figure)
//   strip.setVisible(top, bottom)   the visible part of the iframe's document (embeds)
//   strip.headline()           [x, y, w, h] of the figure shown now, in canvas CSS px
'use strict';
// eslint-disable-next-line no-unused-vars
function createResultStrip({ module, canvas }) {
  const anchor = document.getElementById('calc-strip-anchor');
  const strip = document.getElementById('calc-strip');
  const svgNs = 'http://www.w3.org/2000/svg';
  const node = (tag, className, text) => Object.assign(document.createElement(tag), { className, textContent: text });
  const label = node('span', 'calc-strip-label');
  const figure = node('strong', 'calc-strip-figure');
  const note = node('span', 'calc-strip-note');
  // The figure the input changed last moves, when it is another (the stake's gain...).
  const detail = node('span', 'calc-strip-detail');
  const bars = document.createElementNS(svgNs, 'svg');
  bars.setAttribute('viewBox', '0 0 88 36');
  bars.setAttribute('aria-hidden', 'true');
  // Sharing from the top of the page: the link, and a way to the toolbar's other
  // actions (web/toolbar.js handles both, by data-action).
  // Their words follow the language (web/words.js).
  const copy = Object.assign(wordsOf(node('button', 'calc-button calc-strip-action'), 'Copy link'),
    { type: 'button' });
  copy.dataset.action = 'copy';
  const more = Object.assign(wordsOf(node('button', 'calc-button calc-strip-action'), 'More'),
    { type: 'button' });
  more.dataset.action = 'more';
  labelOf(more, 'More: share, download, embed');
  strip.append(Object.assign(node('span', 'calc-strip-text'), {}), bars, copy, more);
  strip.firstChild.append(label, ' ', figure, ' ', note, detail);

  let visible = null;    // [top, bottom] in document px, from the host; null: the window
  let pinned = false;
  let scheduled = false;

  // The headline figure as the canvas drew it, in document coordinates.
  function headlineBox() {
    const rect = JSON.parse(module.headlineRect());
    if (!rect) return null;
    const at = canvas().getBoundingClientRect();
    return { top: at.top + scrollY + rect[1], bottom: at.top + scrollY + rect[1] + rect[3], canvasTop: at.top + scrollY, canvasBottom: at.bottom + scrollY };
  }

  function update() {
    scheduled = false;
    const box = headlineBox();
    if (!box) {
      // Nothing drawn (the canvas was stopped): nothing to keep in view.
      pinned = false;
      strip.hidden = true;
      return;
    }
    const [top, bottom] = visible ?? [scrollY, scrollY + innerHeight];
    // Pinned once the headline has begun to scroll away above, while the canvas still
    // shows below the strip.
    const pin = box.top < top && box.canvasBottom > top + (strip.offsetHeight || 48);
    if (visible) {
      anchor.classList.add('placed');
      const stripHeight = strip.offsetHeight || 48;
      const y = Math.min(Math.max(top - box.canvasTop, 0), Math.max(0, box.canvasBottom - box.canvasTop - stripHeight));
      anchor.style.top = `${y}px`;
    }
    if (pin !== pinned) {
      pinned = pin;
      strip.hidden = !pin;
    }
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(update);
  }

  function refresh() {
    const s = JSON.parse(module.resultStrip());
    label.textContent = s.label;
    figure.textContent = s.figure;
    note.textContent = s.note ? `(${s.note})` : '';
    detail.textContent = s.detail;
    detail.hidden = !s.detail;
    const highest = Math.max(...s.values, ...s.reported.filter((v) => v !== null), 1e-9);
    const width = 88 / s.values.length;
    bars.replaceChildren(...s.values.flatMap((value, i) => {
      const height = Math.max(1, (value / highest) * 34);
      const bar = document.createElementNS(svgNs, 'rect');
      Object.entries({ x: i * width + width * 0.2, y: 36 - height, width: width * 0.6, height })
        .forEach(([k, v]) => bar.setAttribute(k, v.toFixed(1)));
      bar.setAttribute('class', s.years[i] === s.year ? 'bar chosen' : 'bar');
      const reported = s.reported[i];
      if (reported === null) return [bar];
      const mark = document.createElementNS(svgNs, 'line');
      const y = (36 - (reported / highest) * 34).toFixed(1);
      Object.entries({ x1: i * width + width * 0.1, x2: i * width + width * 0.9, y1: y, y2: y })
        .forEach(([k, v]) => mark.setAttribute(k, typeof v === 'number' ? v.toFixed(1) : v));
      mark.setAttribute('class', 'note');
      return [bar, mark];
    }));
    schedule();
  }

  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);

  return {
    refresh,
    setVisible(top, bottom) {
      visible = [top, bottom];
      schedule();
    },
    // What stats().layout.headline reports while the strip is pinned: the strip, the
    // figure with its bars (canvas CSS px).
    headline() {
      if (!pinned) return null;
      const at = canvas().getBoundingClientRect();
      const r = strip.getBoundingClientRect();
      return [r.left - at.left, r.top - at.top, r.width, r.height];
    },
  };
}
