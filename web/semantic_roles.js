// semantic_roles.js: one small unit per role of the semantic layer (web/semantics.js),
// as Flutter's web engine has one per semantics role: how its element is made
// (`create`) and how a frame's item is written onto it (`fill`), touching an attribute
// only when it changes. semanticRole(role) is the dispatcher; buttons, tabs, radios and
// boxes share the button's unit. `layer` (what create needs from the layer): module,
// byName, setValue, onSliderKey, onChoiceKey.
//
// Bundled with page.js by scripts/lib/assemble.mjs (one scope with semantics.js).
'use strict';

// Sets `el`'s attribute only when it changes: most do not, frame to frame. null,
// undefined and false remove it.
function setAttributeIfChanged(el, name, value) {
  if (value === null || value === undefined || value === false) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== String(value)) {
    el.setAttribute(name, value);
  }
}

const setTextIfChanged = (el, text) => { if (el.textContent !== text) el.textContent = text; };

const SEMANTIC_ROLES = {
  // Not <input type="range">: Chromium then makes the canvas's touches under it
  // uncancelable (a sideways drag would scroll the page). Screen readers on phones
  // adjust an ARIA slider with the arrow keys they synthesize (WebKit, Chromium), which
  // onSliderKey takes. aria-valuetext is the value as drawn ("60.0%").
  slider: {
    create(item, layer) {
      const el = document.createElement('div');
      el.setAttribute('role', 'slider');
      el.setAttribute('aria-orientation', 'horizontal');
      el.tabIndex = 0;
      el.addEventListener('keydown', layer.onSliderKey);
      return el;
    },
    fill(el, item) {
      setAttributeIfChanged(el, 'aria-label', item.label);
      setAttributeIfChanged(el, 'aria-valuenow', item.now);
      setAttributeIfChanged(el, 'aria-valuemin', Math.min(item.min, item.now));
      setAttributeIfChanged(el, 'aria-valuemax', Math.max(item.max, item.now));
      setAttributeIfChanged(el, 'aria-valuetext', item.value);
    },
  },
  // <a href> over the canvas's link: it takes the click itself.
  link: {
    create() {
      const el = document.createElement('a');
      el.target = '_blank';
      el.rel = 'noopener';
      el.className = 'sem-hot';
      return el;
    },
    fill(el, item) {
      setTextIfChanged(el, item.label);
      setAttributeIfChanged(el, 'href', item.text);
    },
  },
  // <input type="text"> over the canvas's field; Enter or leaving applies, Escape restores.
  textbox: {
    create(item, layer) {
      const el = document.createElement('input');
      el.type = 'text';
      el.className = 'sem-hot sem-textbox';
      el.spellcheck = false;
      el.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') el.blur();
        if (event.key === 'Escape') { el.value = layer.byName(el.dataset.name)?.text ?? ''; el.blur(); }
      });
      el.addEventListener('change', () => layer.setValue(el.dataset.name, el.value, el));
      return el;
    },
    fill(el, item) {
      setAttributeIfChanged(el, 'aria-label', item.label);
      if (document.activeElement !== el && el.value !== item.text) el.value = item.text;
    },
  },
  // <select> over the canvas's one-row choice (a phone's result sections): it takes the
  // press itself, so a phone opens its own picker; a choice goes back as a typed value.
  select: {
    create(item, layer) {
      const el = document.createElement('select');
      el.className = 'sem-hot sem-select';
      el.addEventListener('change', () => layer.setValue(el.dataset.name, el.value));
      return el;
    },
    fill(el, item) {
      setAttributeIfChanged(el, 'aria-label', item.label);
      if (el.dataset.options !== item.text) {
        el.dataset.options = item.text;
        el.replaceChildren(...item.text.split('\n').map((line) => {
          const [value, words] = line.split('\t');
          return Object.assign(document.createElement('option'), { value, textContent: words });
        }));
      }
      if (el.value !== item.value) el.value = item.value;
    },
  },
  // What a tab list or a select shows: role="tabpanel" named by its chosen tab, or under
  // a select a region named by the choice. Its items sit inside it (web/semantics.js).
  panel: {
    create: () => document.createElement('div'),
    fill(el, item, tab) {
      el.id = `sem-${item.name.replace(':', '-')}`;
      setAttributeIfChanged(el, 'role', tab ? 'tabpanel' : 'region');
      setAttributeIfChanged(el, 'aria-labelledby', tab ? tab.id : null);
      setAttributeIfChanged(el, 'aria-label', tab ? null : item.label);
    },
    words: true,
  },
  heading: {
    create: (item) => document.createElement(`h${Math.min(Math.max(item.level || 2, 2), 6)}`),
    fill: (el, item) => setTextIfChanged(el, item.text),
    words: true,
  },
  text: {
    create: () => document.createElement('p'),
    fill: (el, item) => setTextIfChanged(el, item.text),
    words: true,
  },
  // A chart: role="img" with the words that say what it shows.
  image: {
    create() {
      const el = document.createElement('div');
      el.setAttribute('role', 'img');
      return el;
    },
    fill: (el, item) => setAttributeIfChanged(el, 'aria-label', item.text),
    words: true,
  },
  // <button>, or <button role="tab|radio|checkbox">; a source toggle has aria-expanded.
  // Tabs and radios move with the arrows within their group (onChoiceKey).
  button: {
    create(item, layer) {
      const el = document.createElement('button');
      el.type = 'button';
      if (item.role !== 'button') el.setAttribute('role', item.role);
      el.addEventListener('click', () => {
        if (el.getAttribute('aria-disabled') !== 'true') layer.module.act(el.dataset.name, 'press', 0);
      });
      if (item.role === 'tab' || item.role === 'radio') el.addEventListener('keydown', layer.onChoiceKey);
      return el;
    },
    fill(el, item) {
      setTextIfChanged(el, item.label);
      if (item.role === 'tab') {
        setAttributeIfChanged(el, 'aria-selected', String(item.checked));
        el.id = `sem-${item.name.replace(':', '-')}`;
        setAttributeIfChanged(el, 'aria-controls', item.checked ? `sem-panel-${item.name.slice(0, item.name.indexOf(':'))}` : null);
      }
      if (item.role === 'radio' || item.role === 'checkbox') setAttributeIfChanged(el, 'aria-checked', String(item.checked));
      if (item.name.startsWith('source:')) setAttributeIfChanged(el, 'aria-expanded', String(item.checked));
    },
  },
};

// The unit of a role: its own, else the button's (tab, radio, checkbox).
const semanticRole = (role) => SEMANTIC_ROLES[role] ?? SEMANTIC_ROLES.button;
