// notices.mjs: THIRD-PARTY-NOTICES.txt, the notices of everything third-party that
// dist/ ships, written from the licence files of the packages the build took each one
// from (never typed by hand). scripts/lib/assemble.mjs writes it into dist/ and the
// single offline file carries the same text.
//
//   const text = thirdPartyNotices(readInputs('build/wasm'));
//
// The list of inputs is the build's own: each place that puts third-party work into a
// WebAssembly module declares it with awscalc_third_party() (cmake/third_party.cmake:
// the font in cmake/assets.cmake, Dear ImGui in cmake/imgui.cmake, Emscripten's runtime
// and libraries in src/web/CMakeLists.txt), and the WebAssembly build writes them all to
// third-party-inputs.json: [{name, version, what, terms, licence, files?}]. `licence` is a
// licence file; when it is a Debian machine-readable copyright file (DEP-5), `files`
// names the stanzas that apply (their first pattern: "*", "system/lib/libcxx/*"), and
// those stanzas and the licence texts they name are copied.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const INPUTS_FILE = 'third-party-inputs.json';

export const readInputs = (wasmBuildDir) => JSON.parse(readFileSync(join(wasmBuildDir, INPUTS_FILE), 'utf8'));

// A DEP-5 file's paragraphs: [{field: value}], a value's continuation lines kept.
function paragraphs(text) {
  return text.split(/\n\s*\n/).map((block) => {
    const fields = {};
    let last = null;
    for (const line of block.split('\n')) {
      const field = /^([A-Za-z-]+):\s?(.*)$/.exec(line);
      if (field && !/^\s/.test(line)) {
        last = field[1];
        fields[last] = field[2];
      } else if (last) {
        fields[last] += `\n${line}`;
      }
    }
    return { fields, text: block.trim() };
  }).filter((p) => Object.keys(p.fields).length > 0);
}

// The stanzas of a DEP-5 file whose first Files pattern is one of `files`, then the
// licence texts they name: the whole text a notice needs.
function dep5Excerpt(text, files, source) {
  const all = paragraphs(text);
  if (!/^Format:/.test(all[0]?.text ?? '')) throw new Error(`${source}: not a machine-readable copyright file`);
  const chosen = [];
  for (const pattern of files) {
    const stanza = all.find((p) => p.fields.Files !== undefined && p.fields.Files.trim().split(/\s+/)[0] === pattern);
    if (!stanza) throw new Error(`${source}: no stanza for files ${pattern}`);
    chosen.push(stanza);
  }
  const licences = new Set();
  for (const stanza of chosen) {
    // "Expat or NCSA~Mozilla", "OFL-1.1 and Apache-2.0", "Apache-2.0 with LLVM exception"
    // (the exception's text is in the stanza itself).
    const names = (stanza.fields.License ?? '').split('\n')[0].split(/\s+(?:or|and)\s+/)
      .map((n) => n.replace(/\s+with\s+.*\s+exception$/, '').replace(/[(),]/g, '').trim());
    for (const name of names) if (name) licences.add(name);
  }
  const texts = [...licences].map((name) => {
    const paragraph = all.find((p) => p.fields.Files === undefined && p.fields.License?.split('\n')[0].trim() === name);
    if (!paragraph) throw new Error(`${source}: no text for the licence ${name}`);
    // A licence Debian keeps once for all packages: its text from there.
    const reference = /^\/usr\/share\/common-licenses\/[\w.+-]+$/.exec(paragraph.fields.Reference?.trim() ?? '');
    return reference ? `${paragraph.text}\n\n${readFileSync(reference[0], 'utf8').trim()}` : paragraph.text;
  });
  return [...chosen.map((s) => s.text), ...texts].join('\n\n');
}

// The notices: a heading, then a section per input, its title "== NAME VERSION ==".
export function thirdPartyNotices(inputs) {
  const sections = inputs.map((input) => {
    const text = readFileSync(input.licence, 'utf8');
    const body = input.files ? dep5Excerpt(text, input.files, input.licence) : text.trim();
    // Where the text comes from: a system file as it is, a file of this checkout (the
    // fetched Dear ImGui) by its path in the repository, so dist/ is the same on every
    // machine.
    const from = input.licence.startsWith(`${process.cwd()}/`) ? relative(process.cwd(), input.licence) : input.licence;
    return `== ${input.name} ${input.version} ==\n\n${input.what}\nLicence: ${input.terms}\nFrom: ${from}\n\n${body}\n`;
  });
  return 'Third-party notices\n\n' +
    'The calculator\'s own code is under the MIT licence (LICENSE). It ships the following\n' +
    'third-party work, each under its own licence, reproduced here from the licence files\n' +
    'of the packages the build took it from.\n\n' +
    `${sections.join('\n')}`;
}

// The section titles of a notices text ("Inter 4.0"), for the tests.
export const noticeSections = (text) => [...text.matchAll(/^== (.+) ==$/gm)].map((m) => m[1]);
