// page.js: the page script. Loads the WebAssembly core and shows the projection of
// the link in the URL fragment.
'use strict';
(async () => {
  const core = await createAwsCalcCore();
  const render = () => {
    const results = JSON.parse(core.projectLink(location.hash));
    const body = document.querySelector('#results tbody');
    body.replaceChildren(...results.years.map((year, i) => {
      const row = document.createElement('tr');
      row.dataset.year = year;
      for (const [key, value] of [['year', year], ['awsFromAnthropic', results.awsFromAnthropic[i]],
                                  ['reported', results.reported[i]]]) {
        const cell = document.createElement(key === 'year' ? 'th' : 'td');
        cell.dataset.key = key;
        cell.textContent = value === null ? '-' : key === 'year' ? value : value.toFixed(2);
        row.append(cell);
      }
      return row;
    }));
    const last = results.years.length - 1;
    document.getElementById('summary').textContent =
      `The model gives AWS $${results.awsFromAnthropic[last].toFixed(2)}B from Anthropic in ${results.years[last]}.`;
  };
  render();
  addEventListener('hashchange', render);
})();
