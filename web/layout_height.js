// layout_height.js: the calculator's height in a column `width` CSS px wide, from the
// build's table of heights (src/tools/site_assets.cpp, layout-heights.json: for each
// pointer, 'fine' or 'coarse', and each set of left-out parts, "coarse:header,padding",
// [first width, height] rows as differences from the row before), plus the embed's
// toolbar below the canvas (kEmbedMetrics.toolbarPx). scripts/lib/assemble.mjs puts it
// into web/embed.js (its LAYOUT_HEIGHT_JS placeholder: the height an embed reserves before its iframe
// loads) and bundles it with web/embed_dialog.js (the plain iframe's height for the
// column the editor chose) and reads it for the oEmbed response.
// eslint-disable-next-line no-unused-vars
function layoutHeight(heights, metrics, width, pointer, hide = '') {
  const deltas = heights[hide ? `${pointer}:${hide}` : pointer];
  let [from, rowHeight, height] = [0, 0, deltas[1]];
  for (let i = 0; i < deltas.length; i += 2) {
    from += deltas[i];
    rowHeight += deltas[i + 1];
    if (width >= from) height = rowHeight;
  }
  return height + metrics.toolbarPx[pointer];
}
