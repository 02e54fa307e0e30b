# third_party.cmake: the third-party work that reaches dist/, each declared where the
# build takes it in (awscalc_third_party), and written by the WebAssembly build to
# third-party-inputs.json, from which scripts/lib/notices.mjs makes dist/
# THIRD-PARTY-NOTICES.txt out of the packages' own licence files.
#
#   awscalc_third_party(NAME "Dear ImGui" VERSION 1.90.1 WHAT "what ships, where"
#                       TERMS "MIT" LICENCE /path/to/its/licence/file [FILES "*" "sub/dir/*"])
# TERMS: the licences' names, for people (the page's "Licences and credits").
# FILES: the stanzas of a Debian machine-readable copyright file (DEP-5) that apply.
function(awscalc_third_party)
  cmake_parse_arguments(TP "" "NAME;VERSION;WHAT;TERMS;LICENCE" "FILES" ${ARGN})
  foreach(value IN ITEMS "${TP_NAME}" "${TP_VERSION}" "${TP_WHAT}" "${TP_TERMS}" "${TP_LICENCE}" ${TP_FILES})
    if(value MATCHES "[\"\\\\]")
      message(FATAL_ERROR "awscalc_third_party: no quote or backslash in ${value}")
    endif()
  endforeach()
  set(json "{\"name\": \"${TP_NAME}\", \"version\": \"${TP_VERSION}\", \"what\": \"${TP_WHAT}\", \"terms\": \"${TP_TERMS}\", \"licence\": \"${TP_LICENCE}\"")
  if(TP_FILES)
    list(JOIN TP_FILES "\", \"" files)
    string(APPEND json ", \"files\": [\"${files}\"]")
  endif()
  set_property(GLOBAL APPEND PROPERTY AWSCALC_THIRD_PARTY "${json}}")
endfunction()

# A Debian package's version ("4.0+ds-1"), for the notices.
function(awscalc_debian_version package out)
  execute_process(COMMAND dpkg-query -W "-f=\${Version}" ${package}
                  OUTPUT_VARIABLE version ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(${out} "${version}" PARENT_SCOPE)
endfunction()

function(awscalc_write_third_party file)
  get_property(entries GLOBAL PROPERTY AWSCALC_THIRD_PARTY)
  list(JOIN entries ",\n  " body)
  file(WRITE "${file}" "[\n  ${body}\n]\n")
endfunction()
