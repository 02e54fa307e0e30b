// patch-imgui.mjs: backports IMGUI_DISABLE_DEFAULT_FONT (Dear ImGui 1.91.0) to the
// 1.90.1 sources scripts/setup fetched, so the built-in ProggyClean font (12 KB of
// data, ~10 KB gzip of download) is not compiled into the page: the calculator embeds
// its own font and never calls AddFontDefault().
//
//   node scripts/lib/patch-imgui.mjs build/_deps/imgui-1.90.1
//
// The edits are anchored on exact lines of the release scripts/setup verified by
// sha256; an anchor that is not found stops the setup. Applying twice is a no-op.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.argv[2], 'imgui_draw.cpp');
let text = readFileSync(file, 'utf8');
const MARK = '// [awscalc] IMGUI_DISABLE_DEFAULT_FONT backported';
if (text.includes(MARK)) process.exit(0);

function insert(anchor, { before = '', after = '' }) {
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
    throw new Error(`patch-imgui: anchor not found exactly once: ${anchor.split('\n')[0]}`);
  }
  text = text.slice(0, at) + before + anchor + after + text.slice(at + anchor.length);
}

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
writeFileSync(file, text);
