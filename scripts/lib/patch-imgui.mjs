// patch-imgui.mjs: two compile-time switches for the Dear ImGui 1.90.1 sources
// scripts/setup fetched, so that what the page never draws is not in its download:
//   IMGUI_DISABLE_DEFAULT_FONT (backported from 1.91.0): the built-in ProggyClean font
//     (12 KB of data, ~10 KB gzip): the calculator embeds its own font and never calls
//     AddFontDefault();
//   IMGUI_DISABLE_DEFAULT_MOUSE_CURSORS (this project's): the software mouse cursors'
//     picture (3.3 KB of data, ~0.4 KB gzip): the browser draws the cursor (the page
//     sets ImGui's cursor shape on the canvas, io.MouseDrawCursor stays false), so the
//     atlas is built with ImFontAtlasFlags_NoMouseCursors (src/ui/fonts.cpp).
//
//   node scripts/lib/patch-imgui.mjs build/_deps/imgui-1.90.1
//
// The edits are anchored on exact lines of the release scripts/setup verified by
// sha256; an anchor that is not found stops the setup. Each switch is applied once (its
// mark in the file), so running the script again is a no-op.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.argv[2], 'imgui_draw.cpp');
let text = readFileSync(file, 'utf8');
const MARK = '// [awscalc] IMGUI_DISABLE_DEFAULT_FONT backported';
const CURSORS_MARK = '// [awscalc] IMGUI_DISABLE_DEFAULT_MOUSE_CURSORS';

function insert(anchor, { before = '', after = '' }) {
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
    throw new Error(`patch-imgui: anchor not found exactly once: ${anchor.split('\n')[0]}`);
  }
  text = text.slice(0, at) + before + anchor + after + text.slice(at + anchor.length);
}

// `anchor`, found exactly once, becomes `replacement`.
function replaceOnce(anchor, replacement) {
  insert(anchor, {});
  text = text.replace(anchor, () => replacement);
}

if (!text.includes(MARK)) {
  // AddFontDefault(): a stub when the font is disabled (as upstream 1.91.0 does).
  insert('ImFont* ImFontAtlas::AddFontDefault(const ImFontConfig* font_cfg_template)\n{\n', {
    after: `#ifdef IMGUI_DISABLE_DEFAULT_FONT  ${MARK}\n` +
      '    IM_ASSERT(0 && "AddFontDefault() disabled in this build.");\n' +
      '    IM_UNUSED(font_cfg_template);\n' +
      '    return NULL;\n' +
      '#else\n',
  });
  insert('    ImFont* font = AddFontFromMemoryCompressedBase85TTF(ttf_compressed_base85, font_cfg.SizePixels, &font_cfg, glyph_ranges);\n    return font;\n', {
    after: '#endif\n',
  });
  // The font's data and its accessor.
  insert('static const char*  GetDefaultCompressedFontDataTTFBase85();\n', {
    before: '#ifndef IMGUI_DISABLE_DEFAULT_FONT\n', after: '#endif\n',
  });
  insert('static const char proggy_clean_ttf_compressed_data_base85[11980 + 1] =', {
    before: '#ifndef IMGUI_DISABLE_DEFAULT_FONT\n',
  });
  insert('static const char* GetDefaultCompressedFontDataTTFBase85()\n{\n    return proggy_clean_ttf_compressed_data_base85;\n}\n', {
    after: '#endif // #ifndef IMGUI_DISABLE_DEFAULT_FONT\n',
  });
}

if (!text.includes(CURSORS_MARK)) {
  // The picture's data, and the code that copies it into the atlas (the atlas then packs
  // only the 2x2 white texels every filled shape uses, as ImFontAtlasFlags_NoMouseCursors
  // asks).
  insert('static const char FONT_ATLAS_DEFAULT_TEX_DATA_PIXELS[FONT_ATLAS_DEFAULT_TEX_DATA_W * FONT_ATLAS_DEFAULT_TEX_DATA_H + 1] =\n', {
    before: `#ifndef IMGUI_DISABLE_DEFAULT_MOUSE_CURSORS  ${CURSORS_MARK}\n`,
  });
  replaceOnce('};\n\nstatic const ImVec2 FONT_ATLAS_DEFAULT_TEX_CURSOR_DATA',
              '};\n#endif\n\nstatic const ImVec2 FONT_ATLAS_DEFAULT_TEX_CURSOR_DATA');
  insert('    if (!(atlas->Flags & ImFontAtlasFlags_NoMouseCursors))\n    {\n        // Render/copy pixels\n', {
    before: '#ifdef IMGUI_DISABLE_DEFAULT_MOUSE_CURSORS\n' +
      '    IM_ASSERT((atlas->Flags & ImFontAtlasFlags_NoMouseCursors) && "build the atlas with ImFontAtlasFlags_NoMouseCursors");\n' +
      '#else\n',
  });
  replaceOnce('    else\n    {\n        // Render 4 white pixels\n',
              '    else\n#endif\n    {\n        // Render 4 white pixels\n');
}
writeFileSync(file, text);
