// semantics.js: the semantic layer over the canvas. The canvas is one bitmap; this
// layer gives screen readers, keyboards and phones what it draws as real DOM elements,
// in the same place and in drawing order (the way Flutter's web engine makes its
// canvas accessible):
//   sliders      role="slider", aria-valuetext as drawn ("60.0%")
//   buttons      <button>; a source toggle with aria-expanded
//   tabs, radios <button role="tab|radio"> in a role="tablist|radiogroup" group, with a
//                roving tabindex: one Tab stop per group, the arrows move within it
//   select       <select> (a phone's result sections: one row, the phone's own picker)
//   panel        role="tabpanel" (or a region under a select) around what a tab shows
//   box          <button role="checkbox">
//   link         <a href>, over the canvas's link (it takes the click itself)
//   text box     <input type="text">, shown over the canvas's field while it has focus
//   text         <p> and <h2>/<h3>, every sentence and table row the canvas draws
//   chart        role="img" with words that say what it shows
// The module describes each frame (module.semantics(), and onSemanticsChanged when that
// changes: ui/widgets.h records it); nothing here runs while nothing changes, and no
// frame is drawn for it. What the elements are asked to do goes back by the control's
// name: module.act(name, "press" | "step" | "home" | "end", steps) and
// module.setControlValue(name, text) for a typed value, validated as a link's; the
// control whose element has keyboard focus draws its ring (module.focusControl).
//
// Keys (the ARIA patterns): a slider steps with the arrows, ten steps with Page Up/Down,
// goes to its ends with Home/End; Enter (or a tap or click on its value) opens a text
// field over it (inputmode="decimal": a phone's numeric keyboard), Enter or leaving it
// applies, Escape cancels, a bad value says why and changes nothing. Arrows move
// between tabs and between choices (and select them). A pointer's press on a control
// focuses its element without a keyboard ring.
//
// Each role's element is made and filled by its own unit (web/semantic_roles.js); a
// slider's typed value has its own room (web/semantic_field.js). This file keeps the
// layer's tree in the canvas's order, its keys and its focus.
//
// Bundled with page.js by scripts/lib/assemble.mjs:
//   const layer = createSemanticLayer({ module, canvas, layer: element });   // canvas(): the canvas now
//   layer.update(json)   what the module's onSemanticsChanged gave
//   layer.flush()        applies a waiting update now
//   layer.clear()        empties it (the canvas was stopped; a new start refills it)
// A switch of the results' tab is announced in the page's status line (#summary): the
// tab's title and the first sentence of what it shows.
'use strict';
// eslint-disable-next-line no-unused-vars
function createSemanticLayer({ module, canvas, layer }) {
  const kApplyIntervalMs = 100;  // a drag changes the words every frame; AT needs fewer
  const interactive = new Set(['button', 'link', 'tab', 'radio', 'checkbox', 'slider', 'textbox', 'select']);
  const elements = new Map();   // name -> element
  const groups = new Map();     // group key ("tab", "year") -> its tablist or radiogroup
  let items = [];               // the frame's items, as last applied
  let pending = null;           // JSON waiting to be applied
  let appliedAt = -Infinity;
  let timer = 0;
  let pointerFocus = false;     // focus() from a pointer's press: no keyboard ring
  let shownTab = null;          // the results' tab last applied (its title)

  const byName = (name) => items.find((item) => item.name === name);
  const groupKey = (item) => item.name.slice(0, item.name.indexOf(':'));
  const valueField = createValueField({ module, layer, elements, flush: () => flush(), byName });
  const focusedName = () => layer.contains(document.activeElement) ? document.activeElement.dataset.name ?? '' : '';

  // ---------------------------------------------------------------------------------
  // Elements

  // Each role's element and how an item is written on it: web/semantic_roles.js.
  const roleContext = { module, byName, setValue: valueField.setValue, onSliderKey, onChoiceKey };
  function create(item) {
    const el = semanticRole(item.role).create(item, roleContext);
    el.dataset.name = item.name;
    el.dataset.role = item.role;
    return el;
  }
  const set = setAttributeIfChanged;
  function fill(el, item) {
    const role = semanticRole(item.role);
    // A panel is named by its group's chosen tab, when its group is a tab list.
    const tab = item.role === 'panel'
      ? elements.get(items.find((other) => other.role === 'tab' && other.checked && groupKey(other) === item.group)?.name)
      : undefined;
    role.fill(el, item, tab);
    if (!role.words) set(el, 'aria-disabled', item.disabled ? 'true' : null);
  }

  function place(el, rect, origin) {
    const box = `${rect[0] - origin[0]}px,${rect[1] - origin[1]}px,${rect[2]}px,${rect[3]}px`;
    if (el.dataset.box === box) return;
    el.dataset.box = box;
    Object.assign(el.style, {
      left: `${rect[0] - origin[0]}px`, top: `${rect[1] - origin[1]}px`,
      width: `${rect[2]}px`, height: `${rect[3]}px`,
    });
  }

  // The value hotspot: a tap or click on a slider's value text opens its field.
  function hotspot(item) {
    const name = `value:${item.name}`;
    let el = elements.get(name);
    if (!el) {
      el = document.createElement('div');
      el.className = 'sem-hot sem-value';
      el.setAttribute('aria-hidden', 'true');
      el.dataset.name = name;
      el.addEventListener('click', () => valueField.open(item.name));
      elements.set(name, el);
    }
    // At least 44 px tall and a little wider than the text, for a thumb.
    const [x, y, w, h] = item.valueRect;
    const height = Math.max(h, Math.min(44, item.rect[3]));
    const width = w + 12;
    place(el, [x - 6, y + h / 2 - height / 2, width, height], [0, 0]);
    return el;
  }

  // ---------------------------------------------------------------------------------
  // Applying a frame's items: keyed by name, in drawing order, touching only what
  // changed (a focused element keeps its focus).

  function apply(next) {
    items = next;
    appliedAt = performance.now();
    const wanted = new Map();   // parent -> [children in order]
    const seen = new Set();
    const top = [];
    const hotspots = [];
    const panels = [];          // [panel, its children in order]
    let currentGroup = null;
    // Where the next element goes: the layer, or a panel's children for its `children`
    // items (a panel sits at the layer's origin, so its items keep their coordinates).
    let target = top;
    let inPanel = 0;
    for (const item of items) {
      if (inPanel > 0) inPanel -= 1;
      else if (target !== top) { target = top; currentGroup = null; }
      if (seen.has(item.name)) continue;  // names are unique; never two elements for one
      seen.add(item.name);
      let el = elements.get(item.name);
      if (el && el.dataset.role !== item.role) { el.remove(); el = null; }
      if (!el) { el = create(item); elements.set(item.name, el); }
      fill(el, item);
      if (item.role === 'tab' || item.role === 'radio') {
        const key = groupKey(item);
        if (!currentGroup || currentGroup.key !== key) {
          let group = groups.get(key);
          if (!group || group.getAttribute('role') !== (item.role === 'tab' ? 'tablist' : 'radiogroup')) {
            group?.remove();
            group = document.createElement('div');
            group.setAttribute('role', item.role === 'tab' ? 'tablist' : 'radiogroup');
            group.dataset.name = `group:${key}`;
            groups.set(key, group);
          }
          set(group, 'aria-label', item.group);
          currentGroup = { key, el: group, items: [] };
          target.push(group);
          wanted.set(group, []);
        }
        currentGroup.items.push(item);
        wanted.get(currentGroup.el).push(el);
      } else {
        currentGroup = null;
        target.push(el);
        if (item.role === 'slider' && item.valueRect) hotspots.push(hotspot(item));
        target.push(...valueField.followers(item.name));
        if (item.role === 'panel' && item.children > 0) {
          const children = [];
          panels.push([el, children]);
          target = children;
          inPanel = item.children;
        }
      }
    }
    placeGroups(wanted);
    for (const [panel, children] of panels) order(panel, children);
    for (const item of items) {
      if (item.role !== 'tab' && item.role !== 'radio' && item.role !== 'panel') {
        const el = elements.get(item.name);
        if (el) place(el, item.rect, [0, 0]);
      }
    }
    // Leaving elements: focus moves to the Tab stop now in the same place in the order.
    const focused = document.activeElement;
    const focusedIndex = layer.contains(focused) ? tabStops().indexOf(focused) : -1;
    removeLeaving(seen, new Set([...top, ...panels.flatMap(([, children]) => children)]));
    order(layer, [...top, ...hotspots]);
    if (focusedIndex >= 0 && !layer.contains(document.activeElement)) {
      const stops = tabStops();
      stops[Math.min(focusedIndex, stops.length - 1)]?.focus({ preventScroll: true });
    } else if (layer.contains(focused) && document.activeElement !== focused) {
      focused.focus({ preventScroll: true });
    }
    announceTab();
  }

  // "Since the note: Note: July 2025.": a new tab's title and the first sentence its
  // panel shows, once the tab has changed (not on the first frame).
  function announceTab() {
    const at = items.findIndex((item) => item.role === 'panel' && item.group === 'tab');
    if (at < 0) return;
    const panel = items[at];
    if (panel.label === shownTab) return;
    const first = shownTab === null;
    shownTab = panel.label;
    if (first) return;
    const words = items.slice(at + 1, at + 1 + panel.children)
      .find((item) => (item.role === 'text' || item.role === 'heading') && item.text);
    const sentence = words ? words.text.replace(/^(.*?[.!?])\s.*$/s, '$1') : '';
    const status = document.getElementById('summary');
    if (status) status.textContent = sentence ? `${panel.label}: ${sentence}` : panel.label;
  }

  // Groups (tab lists, radio groups): their box is their choices' union; one Tab stop,
  // on the selected choice.
  function placeGroups(wanted) {
    for (const [group, children] of wanted) {
      const names = children.map((child) => child.dataset.name);
      const members = names.map(byName);
      const x0 = Math.min(...members.map((m) => m.rect[0]));
      const y0 = Math.min(...members.map((m) => m.rect[1]));
      const x1 = Math.max(...members.map((m) => m.rect[0] + m.rect[2]));
      const y1 = Math.max(...members.map((m) => m.rect[1] + m.rect[3]));
      place(group, [x0, y0, x1 - x0, y1 - y0], [0, 0]);
      const chosen = Math.max(0, members.findIndex((m) => m.checked));
      children.forEach((child, i) => {
        place(child, members[i].rect, [x0, y0]);
        child.tabIndex = i === chosen ? 0 : -1;
      });
      order(group, children);
    }
  }

  // Removes the elements and groups of items this frame no longer has (`seen`: the
  // frame's names; `top`: the set of the layer's and its panels' children to be).
  function removeLeaving(seen, top) {
    for (const [name, el] of elements) {
      const base = name.startsWith('value:') ? name.slice(6) : name;
      if (!seen.has(base) || (name.startsWith('value:') && byName(base)?.role !== 'slider')) {
        el.remove();
        elements.delete(name);
      }
    }
    for (const [key, group] of groups) {
      if (!top.has(group)) { group.remove(); groups.delete(key); }
    }
  }

  const tabStops = () => [...layer.querySelectorAll('[data-name]')]
    .filter((el) => el.tabIndex >= 0 && (interactive.has(el.dataset.role) || valueField.isField(el)));

  // Puts `children` into `parent` in this order: what is gone is removed first, then only
  // what is out of place moves (a moved element loses its focus).
  function order(parent, children) {
    const keep = new Set(children);
    for (const node of [...parent.childNodes]) if (!keep.has(node)) node.remove();
    let at = parent.firstChild;
    for (const child of children) {
      if (child === at) { at = at.nextSibling; continue; }
      parent.insertBefore(child, at);
    }
  }

  function update(json) {
    pending = json;
    if (timer) return;
    const wait = kApplyIntervalMs - (performance.now() - appliedAt);
    const run = () => { timer = 0; const text = pending; pending = null; if (text) apply(JSON.parse(text)); };
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  }

  // Applies what is waiting now (before a key acts on the layout, a test reads it...).
  function flush() {
    if (!timer) return;
    clearTimeout(timer);
    timer = 0;
    const text = pending;
    pending = null;
    if (text) apply(JSON.parse(text));
  }

  // ---------------------------------------------------------------------------------
  // Keys

  function onSliderKey(event) {
    const name = event.currentTarget.dataset.name;
    const steps = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[event.key];
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (steps !== undefined) module.act(name, 'step', steps);
    else if (event.key === 'Home') module.act(name, 'home', 0);
    else if (event.key === 'End') module.act(name, 'end', 0);
    else if (event.key === 'Enter') valueField.open(name);
    else return;
    event.preventDefault();
  }

  // Tabs and radio groups: the arrows (Home, End) move to another choice and select it.
  function onChoiceKey(event) {
    const el = event.currentTarget;
    const choices = [...el.parentNode.children];
    const i = choices.indexOf(el);
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: choices.length - 1 }[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = choices[(next + choices.length) % choices.length];
    target.tabIndex = 0;
    el.tabIndex = -1;
    target.focus();
    module.act(target.dataset.name, 'press', 0);
  }

  // ---------------------------------------------------------------------------------
  // Focus: the canvas draws the ring of the keyboard's control.

  layer.addEventListener('focusin', (event) => {
    const el = event.target;
    const name = el.dataset.name ?? '';
    if (!interactive.has(el.dataset.role)) return;
    let keyboard = !pointerFocus;
    try { keyboard = keyboard && el.matches(':focus-visible'); } catch { /* old engines: keep */ }
    module.focusControl(name, keyboard);
  });
  layer.addEventListener('focusout', (event) => {
    if (!layer.contains(event.relatedTarget) || !interactive.has(event.relatedTarget?.dataset.role)) {
      module.focusControl('', false);
    }
  });

  // A pointer's press on a control focuses that control's element (no ring), so Tab
  // goes on from there; a press elsewhere takes the focus out of the layer.
  function controlAt(x, y) {
    for (let i = items.length - 1; i >= 0; --i) {
      const item = items[i];
      const [left, top, width, height] = item.rect;
      if (interactive.has(item.role) && x >= left && y >= top && x < left + width && y < top + height) {
        return elements.get(item.name);
      }
    }
    return null;
  }
  function focusAt(event) {
    flush();
    const el = controlAt(event.offsetX, event.offsetY);
    if (el) {
      if (el.tabIndex < 0 && el.parentNode) {
        for (const sibling of el.parentNode.children) sibling.tabIndex = -1;
        el.tabIndex = 0;
      }
      pointerFocus = true;
      el.focus({ preventScroll: true });
      pointerFocus = false;
    } else if (layer.contains(document.activeElement)) {
      document.activeElement.blur();
    }
  }
  // On the canvas's parent, for whichever canvas is there (a fresh one after a restart).
  let touchMoved = false;
  const onCanvas = (listener) => (event) => { if (event.target === canvas()) listener(event); };
  layer.parentNode.addEventListener('pointerdown', onCanvas((event) => {
    if (event.pointerType === 'touch') touchMoved = false;
    else focusAt(event);
  }));
  // A finger: on lifting (a scroll cancels the pointer and focuses nothing).
  layer.parentNode.addEventListener('pointercancel', onCanvas(() => { touchMoved = true; }));
  layer.parentNode.addEventListener('pointerup', onCanvas((event) => {
    if (event.pointerType === 'touch' && !touchMoved) focusAt(event);
  }));

  function clear() {
    clearTimeout(timer);
    timer = 0;
    pending = null;
    valueField.close(false);
    valueField.clearMessage();
    apply([]);
  }

  apply(JSON.parse(module.semantics()));
  return { update, flush, clear };
}
