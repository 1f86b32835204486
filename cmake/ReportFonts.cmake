# Report fonts: Arimo (metric-compatible with Arial, SIL Open Font License 1.1), from the npm
# package @expo-google-fonts/arimo pinned in data/fonts/package-lock.json. They are embedded in the
# executable so a report has the same lines and pages on every PC, whatever fonts it has.
set(PK_REPORT_FONT_DIR "" CACHE PATH
    "Folder holding Arimo_400Regular.ttf etc.; empty = fetch the pinned npm package at configure time")
if(PK_REPORT_FONT_DIR)
  set(_font_dir "${PK_REPORT_FONT_DIR}")
  set(PK_REPORT_FONT_FILES "${_font_dir}/Arimo_400Regular.ttf" "${_font_dir}/Arimo_700Bold.ttf"
      "${_font_dir}/Arimo_400Regular_Italic.ttf" "${_font_dir}/Arimo_700Bold_Italic.ttf")
  set(PK_REPORT_FONT_LICENSE "${_font_dir}/LICENSE_FONT")
else()
  pk_npm_fetch(fonts @expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf _font_modules)
  set(_font_dir "${_font_modules}/@expo-google-fonts/arimo")
  set(PK_REPORT_FONT_FILES "${_font_dir}/400Regular/Arimo_400Regular.ttf" "${_font_dir}/700Bold/Arimo_700Bold.ttf"
      "${_font_dir}/400Regular_Italic/Arimo_400Regular_Italic.ttf" "${_font_dir}/700Bold_Italic/Arimo_700Bold_Italic.ttf")
  set(PK_REPORT_FONT_LICENSE "${_font_dir}/LICENSE_FONT")
endif()
foreach(_f ${PK_REPORT_FONT_FILES} ${PK_REPORT_FONT_LICENSE})
  if(NOT EXISTS "${_f}")
    message(FATAL_ERROR "Report font file ${_f} is missing")
  endif()
endforeach()
message(STATUS "Report fonts: ${_font_dir}")
