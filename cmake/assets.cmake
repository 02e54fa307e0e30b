# assets.cmake: files embedded into the binaries at build time.
#
#   awscalc_font_header    the UI font: Inter (Debian's fonts-inter, OFL) subset with
#                          fontTools to the characters the interface uses
#   awscalc_shader_header  shaders/*.glsl as C strings (the WebGL2 renderer)
set(AWSCALC_GENERATED "${CMAKE_BINARY_DIR}/generated")
file(MAKE_DIRECTORY "${AWSCALC_GENERATED}")

# The characters the UI may draw; src/ui/fonts.cpp loads the same ranges.
# ASCII, NBSP..ÿ subset used: · (B7) × (D7); – — ‘ ’ “ ” • … (2013-2026); − (2212);
# ≈ (2248); ≤ ≥ (2264-2265); ▲ ▼ (25B2, 25BC); → (2192).
set(AWSCALC_FONT_UNICODES
  "U+0020-007E,U+00A0,U+00B7,U+00D7,U+2013,U+2014,U+2018,U+2019,U+201C,U+201D,U+2022,U+2026,U+2192,U+2212,U+2248,U+2264,U+2265,U+25B2,U+25BC")
# The characters the other languages need beyond those (Latin-1's letters, ¡ ¿ ª º « »,
# „ ‚ ‹ › and €): a second subset (fonts/inter-languages.otf), which the page loads with
# a language pack only, so English readers do not download it; the build checks that
# every message file's characters are in one of the two (scripts/lib/languages.py).
set(AWSCALC_FONT_LANGUAGE_UNICODES
  "U+00A1,U+00AA,U+00AB,U+00BA,U+00BB,U+00BF,U+00C0-00D6,U+00D8-00F6,U+00F8-00FF,U+201A,U+201E,U+2039,U+203A,U+20AC")
set(AWSCALC_FONT_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Inter font folder (fonts-inter)")
awscalc_debian_version(fonts-inter inter_version)
awscalc_third_party(NAME "Inter" VERSION "${inter_version}"
  WHAT "The font the calculator draws its text with (Inter Regular, a subset), embedded in the page's WebAssembly module."
  TERMS "SIL Open Font License 1.1"
  LICENCE "/usr/share/doc/fonts-inter/copyright" FILES "*")

# A subset of Inter (one face) to OUTPUT with the characters UNICODES, without what Dear
# ImGui does not use: hinting, and the layout tables (it draws no kerning or ligatures).
function(awscalc_font_subset weight output unicodes comment)
  get_filename_component(folder "${output}" DIRECTORY)
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${folder}"
    COMMAND /usr/bin/python3 -m fontTools.subset "${AWSCALC_FONT_DIR}/Inter-${weight}.otf"
            "--unicodes=${unicodes}" --no-hinting --desubroutinize
            --layout-features= --drop-tables+=GPOS,GDEF,GSUB,STAT,DSIG --name-IDs=
            --output-file=${output}
    DEPENDS "${AWSCALC_FONT_DIR}/Inter-${weight}.otf"
    COMMENT "${comment}"
    VERBATIM)
endfunction()

# One face: headings are drawn in synthetic bold (src/ui/widgets.h), which costs no
# download; a second face would cost ~7 KB gzip.
foreach(weight Regular)
  set(subset "${AWSCALC_GENERATED}/Inter-${weight}-subset.otf")
  awscalc_font_subset(${weight} "${subset}" "${AWSCALC_FONT_UNICODES}" "Subsetting Inter ${weight}")
  list(APPEND font_files "${subset}")
  list(APPEND font_entries "kInter${weight}=${subset}")
endforeach()

# The languages' subset, beside the language packs (site/languages): the page merges it
# into its atlas when it loads a pack (src/ui/fonts.cpp).
set(AWSCALC_LANGUAGE_FONT "${CMAKE_BINARY_DIR}/site/languages/inter-languages.otf")
awscalc_font_subset(Regular "${AWSCALC_LANGUAGE_FONT}" "${AWSCALC_FONT_LANGUAGE_UNICODES}"
                    "Subsetting Inter for the languages' characters")
add_custom_target(awscalc_language_font ALL DEPENDS "${AWSCALC_LANGUAGE_FONT}")

add_custom_command(
  OUTPUT "${AWSCALC_GENERATED}/font_data.h"
  COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${AWSCALC_GENERATED}/font_data.h"
          "-DNAMESPACE=awscalc::fonts" "-DENTRIES=${font_entries}"
          -P "${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake"
  DEPENDS ${font_files} "${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake"
  COMMENT "Embedding the UI font"
  VERBATIM)
add_custom_target(awscalc_font_header DEPENDS "${AWSCALC_GENERATED}/font_data.h")

file(GLOB AWSCALC_SHADERS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/shaders/*.glsl")
set(shader_entries "")
foreach(shader IN LISTS AWSCALC_SHADERS)
  get_filename_component(name "${shader}" NAME)
  # imgui.vert.glsl -> kImguiVertGlsl
  string(REGEX REPLACE "[^A-Za-z0-9]+" ";" words "${name}")
  set(symbol "k")
  foreach(word IN LISTS words)
    string(SUBSTRING "${word}" 0 1 first)
    string(SUBSTRING "${word}" 1 -1 rest)
    string(TOUPPER "${first}" first)
    string(APPEND symbol "${first}${rest}")
  endforeach()
  list(APPEND shader_entries "${symbol}=${shader}")
endforeach()
add_custom_command(
  OUTPUT "${AWSCALC_GENERATED}/shaders_embedded.h"
  COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${AWSCALC_GENERATED}/shaders_embedded.h"
          "-DNAMESPACE=awscalc::shaders" "-DENTRIES=${shader_entries}" -DTEXT=ON
          -P "${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake"
  DEPENDS ${AWSCALC_SHADERS} "${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake"
  COMMENT "Embedding the shaders"
  VERBATIM)
add_custom_target(awscalc_shader_header DEPENDS "${AWSCALC_GENERATED}/shaders_embedded.h")
