# imgui.cmake: Dear ImGui 1.90.1 (fetched by scripts/setup from Debian's source
# package) as a static library. Core only: no demo, no backends; the project has its
# own platform and renderer backends (src/web). Configured by src/ui/imconfig_awscalc.h.
awscalc_third_party(NAME "Dear ImGui" VERSION "1.90.1"
  WHAT "The interface library, compiled into the page's WebAssembly module (Debian's imgui source package)."
  TERMS "MIT"
  LICENCE "${AWSCALC_IMGUI_DIR}/LICENSE.txt")
add_library(imgui STATIC
  "${AWSCALC_IMGUI_DIR}/imgui.cpp"
  "${AWSCALC_IMGUI_DIR}/imgui_draw.cpp"
  "${AWSCALC_IMGUI_DIR}/imgui_tables.cpp"
  "${AWSCALC_IMGUI_DIR}/imgui_widgets.cpp")
# ImGui's own headers are third-party (SYSTEM: their warnings are not ours); src/ holds
# the project's imconfig and must stay a normal include path, or the project's own
# headers would be treated as system headers too and their warnings hidden.
target_include_directories(imgui SYSTEM PUBLIC "${AWSCALC_IMGUI_DIR}")
target_include_directories(imgui PUBLIC "${CMAKE_SOURCE_DIR}/src")
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="ui/imconfig_awscalc.h")
if(EMSCRIPTEN)
  target_compile_options(imgui PRIVATE -fno-exceptions)
elseif(AWSCALC_TESTS)
  # Native tests see every widget ImGui adds (id, label, rectangle) through its test
  # engine hooks, so they can click and type like a reader (tests/ui).
  target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE)
endif()
