// text_version.js: the page's text version of the calculator: labelled
// inputs for every assumption, the results table (<table id="results">: one result a
// row, rows data-key, cells data-year), the summary sentence (also in the page's role=status line,
// #summary, outside the text version: announced once a change settles), and the range of
// outcomes, what matters most, the goal-seek answer and the scenarios as text.
//
// Every label, cell and sentence comes from the module (core/text_version.h: the
// core's input and results tables, its formatter and its sentences); this file only
// places them, and sends what a reader types back through module.setInput, validated
// exactly as a link's value. Visually hidden while the canvas works (screen readers
// use it), shown by "Text version", and the calculator itself without WebGL2.
//
// scripts/lib/assemble.mjs bundles it with page.js (one file, one scope):
//   const textVersion = createTextVersion({ module, onEdited, finishRuns });
//   textVersion.refresh(problems?)   after any change; problems: the link's, to show
//   textVersion.rebuild()            after a change of language (web/words.js)
'use strict';
// eslint-disable-next-line no-unused-vars
function createTextVersion({ module, onEdited, finishRuns }) {
  const $ = (id) => document.getElementById(id);
  const form = $('text-version-form');
  const table = $('results');
  const summary = $('summary');
  const problemsBox = $('text-version-problems');
  const analysis = $('text-version-analysis');
  let spec = null;
  const fields = new Map();   // link key -> [input, ...] (one per year for per-year keys)
  let summaryTimer = 0;
  let announced = '';   // what the status line last said of the figures

  function element(tag, props = {}, ...children) {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children.filter((child) => child !== null));
    return node;
  }
  const row = (id, label, control) => element('p', { className: 'text-version-row' },
    element('label', { htmlFor: id }, label), control);

  // The form: the starting preset, the years projected, then every input; the table's
  // caption and "Since the note": in the module's language, built again when it changes
  // (rebuild).
  let horizonSelect = null;
  let presetSelect = null;
  function build() {
    spec = JSON.parse(module.textVersionSpec());
    fields.clear();
    horizonSelect = element('select', { id: 'text-version-years' },
      ...spec.horizons.map((text, i) => element('option', { value: i + 1 }, text)));
    presetSelect = element('select', { id: 'text-version-preset' },
      element('option', { value: '' }, tr('Your own assumptions')),
      ...spec.presets.map((p) => element('option', { value: p.id }, p.name)));
    form.replaceChildren(row('text-version-preset', tr('Start from'), presetSelect),
                         row('text-version-years', tr('Years projected'), horizonSelect));
    for (const info of spec.inputs) {
      const sourceId = `text-version-source-${info.key}`;
      const group = element('fieldset', { className: 'text-version-field' },
        element('legend', {}, `${info.label} (${info.unit})`));
      const list = [];
      for (let i = 0; i < (info.perYear ? spec.maxYears : 1); ++i) {
        const id = `text-version-${info.key}-${i}`;
        const input = element('input', {
          // Text, not type=number: a reader's decimal comma ("62,5") reaches the core, which
          // reads it (core/link_values.cpp); a number field would drop it in most locales.
          id, type: 'text', inputMode: 'decimal', autocomplete: 'off', spellcheck: false,
        });
        input.setAttribute('aria-describedby', sourceId);
        input.dataset.key = info.key;
        input.dataset.year = info.perYear ? i : -1;
        const label = element('label', { htmlFor: id }, info.perYear ? `${spec.firstYear + i}` : info.label);
        if (!info.perYear) label.className = 'visually-hidden';
        group.append(element('span', { className: 'text-version-input' }, label, input));
        list.push(input);
      }
      const reference = info.reference ? ` (${info.reference})` : '';
      // What was reported since for this input (its source and date), after the note's.
      const reported = info.reported ? ` ${info.reported}` : '';
      group.append(element('p', { id: sourceId, className: 'text-version-source' }, `${tr('Source')}${reference}: ${info.source}${reported}`));
      fields.set(info.key, list);
      form.append(group);
    }
    table.replaceChildren(element('caption', {}, tr('The projection: each result by year')));
    $('text-version-since').replaceChildren(...sinceTheNote());
  }

  function onEdit(event) {
    const target = event.target;
    if (target === horizonSelect) {
      onEdited(module.setHorizon(Number(horizonSelect.value)));
    } else if (target === presetSelect) {
      if (presetSelect.value) onEdited(module.usePreset(presetSelect.value));
    } else if (target.dataset.key) {
      const answer = JSON.parse(module.setInput(target.dataset.key, Number(target.dataset.year), target.value.trim()));
      typedValue = true;   // its problem is the value's, not a link's
      onEdited(answer.link, answer.problems);
      typedValue = false;
    }
  }
  form.addEventListener('change', onEdit);
  form.addEventListener('submit', (event) => { event.preventDefault(); onEdit(event); });

  let typedValue = false;
  function showProblems(problems) {
    problemsBox.replaceChildren();
    problemsBox.hidden = !problems?.length;
    if (problemsBox.hidden) return;
    // The page's words (marked: they follow a language handed over after the link).
    const close = wordsOf(element('button', { type: 'button', className: 'calc-button' }), 'Dismiss');
    close.addEventListener('click', () => { problemsBox.hidden = true; });
    const heading = element('p');
    if (typedValue) wordsOf(heading, 'That value could not be used:');
    else wordsOf(heading, 'Part of this link could not be used; everything else is applied:');
    problemsBox.append(heading, element('ul', {}, ...problems.map((text) => element('li', {}, text))), close);
  }

  // The results table: one result a row (in full words, wrapping), the years as
  // columns, AWS's revenue from Anthropic first (what a reader came for): a dozen results
  // as columns would be far wider than any column. Rows carry data-key, cells data-year.
  function byResult(rows) {
    const columns = spec.columns.map((column, i) => ({ ...column, i }));
    columns.sort((a, b) => (b.key === 'awsFromAnthropic') - (a.key === 'awsFromAnthropic'));
    return [
      element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, tr('Result')),
        ...rows.map(({ year }) => element('th', { scope: 'col' }, String(year))))),
      element('tbody', {}, ...columns.map((column) => {
        const line = element('tr', {}, element('th', { scope: 'row' }, column.label),
          ...rows.map(({ year, cells }) => {
            const td = element('td', {}, cells[column.i]);
            td.dataset.year = year;
            return td;
          }));
        line.dataset.key = column.key;
        return line;
      })),
    ];
  }

  // Rows {year, cells}, one year a row, each cell tagged with its key (the range's
  // percentiles: a few columns).
  function rowsOf(rows, keys) {
    return rows.map(({ year, cells }) => {
      const line = element('tr', {}, element('th', { scope: 'row' }, String(year)));
      line.dataset.year = year;
      cells.forEach((text, i) => {
        const cell = element('td', {}, text);
        cell.dataset.key = keys[i];
        line.append(cell);
      });
      return line;
    });
  }

  // Beyond one number, as text.
  function analysisText(t) {
    const nodes = [];
    if (t.range) {
      nodes.push(element('h3', {}, tr('Range of outcomes')),
        element('p', { id: 'uncertainty-summary' }, `${t.range.sentence} ${t.range.threshold}`),
        element('table', { id: 'uncertainty-table' },
          element('caption', {}, tr('AWS revenue from Anthropic across the simulated outcomes (percentiles)')),
          element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, tr('Year')),
            ...t.range.head.map((text) => element('th', { scope: 'col' }, text)))),
          element('tbody', {}, ...rowsOf(t.range.rows, ['p5', 'p10', 'p50', 'p90', 'p95', 'mean']))));
    }
    nodes.push(element('h3', {}, tr('What matters most')),
      element('p', {}, `${t.tornado.headline} ${t.tornado.sentence}`),
      element('ol', { id: 'tornado-order' }, ...t.tornado.bars.map((text) => element('li', {}, text))));
    if (t.goal) nodes.push(element('h3', {}, tr('What would it take')), element('p', { id: 'goal-answer' }, t.goal));
    if (t.scenarios.length) {
      nodes.push(element('h3', {}, tr('Scenarios')),
        element('ul', { id: 'scenario-list' }, ...t.scenarios.map((text) => element('li', {}, text))));
    }
    return nodes;
  }

  // "Since the note" (spec.since, from the core's table of reported facts): it does not
  // change with the link, so it is written once. Each fact with its period, figure,
  // strength and date, and its source as a link where it has an address.
  function sinceTheNote() {
    const { since } = spec;
    const nodes = [element('h3', { id: 'text-version-since-title' }, tr('Since the note')),
      element('p', { className: 'text-version-as-of' }, since.asOf),
      ...since.sentences.map((text) => element('p', {}, text)),
      element('p', { className: 'text-version-source' }, since.leavesOut),
      ...since.charts.map((text) => element('p', {}, text))];
    let list = null;
    let measure = null;
    for (const fact of since.facts) {
      if (fact.measure !== measure) {
        measure = fact.measure;
        list = element('ul', {});
        nodes.push(element('h4', {}, fact.measure), element('p', { className: 'text-version-source' }, fact.definition), list);
      }
      const source = fact.url ? element('a', { href: fact.url, target: '_blank', rel: 'noopener' }, fact.source) : fact.source;
      list.append(element('li', {}, `${fact.period}: ${fact.figure} (${fact.strength}, ${fact.reportedOn}). `, source));
    }
    return nodes;
  }
  build();

  function refresh(problems) {
    const t = JSON.parse(module.textVersion(finishRuns()));
    horizonSelect.value = String(t.years);
    presetSelect.value = t.preset;
    for (const [key, list] of fields) {
      const value = t.values[key];
      list.forEach((input, i) => {
        const shown = Array.isArray(value) ? i < t.years : true;
        input.closest('.text-version-input').hidden = !shown;
        if (shown && document.activeElement !== input) {
          input.value = String(Array.isArray(value) ? value[i] : value);
        }
      });
    }
    table.replaceChildren(table.caption, ...byResult(t.rows));
    analysis.replaceChildren(...analysisText(t));
    if (problems !== undefined) showProblems(problems);
    // What moved is announced, briefly ("2027: $6.06B (the note: $5.6B)", and the figure
    // the input moves when it is another: core ResultStripJson), once a drag or typing
    // settles; the text version keeps the whole sentence.
    // A change of view only (a tab) is not a change of figure: the semantic layer says
    // the new tab.
    clearTimeout(summaryTimer);
    $('text-version-summary').textContent = t.summary;
    summaryTimer = setTimeout(() => {
      const { announce } = JSON.parse(module.resultStrip());
      if (announce !== announced) summary.textContent = announce;
      announced = announce;
    }, 400);
  }

  // After a language change: the form and its labels anew, then the figures.
  function rebuild() {
    build();
    refresh();
  }

  return { refresh, showProblems, rebuild };
}
