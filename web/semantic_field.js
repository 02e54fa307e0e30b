// semantic_field.js: a slider's typed value, for the semantic layer (web/semantics.js):
// Enter on a slider (or a tap or click on its value) opens a text field over it
// (inputmode="decimal": a phone's numeric keyboard); Enter or leaving it applies, Escape
// cancels. The value goes to the module (module.setControlValue), which validates it as
// a link's value; a refused value's words show under its slider (role="alert") and
// nothing changes.
//
//   const field = createValueField({ module, layer, elements, flush, byName });
//   field.open(name)   field.close(refocus)   field.setValue(name, text, input)
//   field.followers(name)   what follows the slider `name` in the layer's order
//
// Bundled with page.js by scripts/lib/assemble.mjs (one scope with semantics.js).
'use strict';
// eslint-disable-next-line no-unused-vars
function createValueField({ module, layer, elements, flush, byName }) {
  let field = null;             // the open typed-value field: {input, name, done}
  let message = null;           // a refused value's words, under its slider

  function showMessage(item, text) {
    clearMessage();
    message = document.createElement('p');
    message.className = 'sem-message';
    message.id = 'sem-message';
    message.setAttribute('role', 'alert');
    message.dataset.for = item.name;
    message.textContent = text;
    const [x, y, w, h] = item.rect;
    Object.assign(message.style, { left: `${x}px`, top: `${y + h + 2}px`, width: `${Math.max(w, 220)}px` });
    const slider = elements.get(item.name);
    layer.insertBefore(message, field?.name === item.name ? field.input.nextSibling : slider?.nextSibling ?? null);
    return message;
  }
  function clearMessage() {
    message?.remove();
    message = null;
  }

  // Sends a typed value; the refused one's words show under its control. True if taken.
  function setValue(name, text, input = null) {
    const answer = JSON.parse(module.setControlValue(name, text));
    flush();
    const item = byName(name);
    if (answer.problems.length && item) {
      showMessage(item, answer.problems.join(' '));
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', 'sem-message');
      }
      return false;
    }
    clearMessage();
    input?.removeAttribute('aria-invalid');
    input?.removeAttribute('aria-describedby');
    return true;
  }

  function openField(name) {
    flush();
    const item = byName(name);
    if (!item || item.role !== 'slider' || item.disabled) return;
    closeField(false);
    const input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'decimal';
    input.enterKeyHint = 'done';
    input.autocomplete = 'off';
    input.className = 'sem-field';
    input.dataset.name = `field:${name}`;
    input.setAttribute('aria-label', item.label);
    input.value = String(item.now);
    const [x, y, w, h] = item.rect;
    Object.assign(input.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
    const slider = elements.get(name);
    layer.insertBefore(input, slider?.nextSibling ?? null);
    field = { input, name, done: false };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (setValue(name, input.value, input)) closeField(true);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        clearMessage();
        closeField(true);
      }
    });
    // Leaving the field applies it; a refused value keeps its message, not the field.
    input.addEventListener('blur', () => {
      if (field?.input !== input || field.done) return;
      field.done = true;
      setValue(name, input.value);
      closeField(false);
    });
    input.focus({ preventScroll: true });
    input.select();
  }

  // Closes the field; `refocus`: the slider's element takes the focus back.
  function closeField(refocus) {
    if (!field) return;
    const { input, name } = field;
    field.done = true;
    field = null;
    if (refocus) elements.get(name)?.focus({ preventScroll: true });
    input.remove();
  }

  return {
    open: openField,
    close: closeField,
    setValue,
    clearMessage,
    // The open field and a refused value's words follow their slider in the layer.
    followers: (name) => [
      ...(field?.name === name ? [field.input] : []),
      ...(message?.dataset.for === name ? [message] : []),
    ],
    isField: (el) => el !== null && el === field?.input,
  };
}
