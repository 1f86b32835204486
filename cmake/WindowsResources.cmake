# Windows only: the program's icon (drawn from resources/icons/pantau-kopdes.svg at build time,
# in the sizes Explorer and the taskbar use at 100-200 % scaling) and its version resource.
if(WIN32)
  find_program(PK_RSVG_CONVERT rsvg-convert)
  find_program(PK_ICOTOOL icotool)
  if(NOT PK_RSVG_CONVERT OR NOT PK_ICOTOOL)
    message(FATAL_ERROR "The Windows icon needs rsvg-convert and icotool on the build machine "
                        "(Debian: apt-get install librsvg2-bin icoutils)")
  endif()
  set(PK_WINDOWS_ICON "${CMAKE_BINARY_DIR}/pantau-kopdes.ico")
  set(_svg "${CMAKE_SOURCE_DIR}/resources/icons/pantau-kopdes.svg")
  set(_pngs)
  set(_commands)
  foreach(_size 16 20 24 32 40 48 64 128)
    list(APPEND _commands COMMAND "${PK_RSVG_CONVERT}" -w ${_size} -h ${_size} -o "icon-${_size}.png" "${_svg}")
    list(APPEND _pngs "icon-${_size}.png")
  endforeach()
  # 256 pixels is stored as PNG inside the .ico, as Windows expects.
  add_custom_command(OUTPUT "${PK_WINDOWS_ICON}"
    ${_commands}
    COMMAND "${PK_RSVG_CONVERT}" -w 256 -h 256 -o icon-256.png "${_svg}"
    COMMAND "${PK_ICOTOOL}" -c -o "${PK_WINDOWS_ICON}" ${_pngs} --raw=icon-256.png
    DEPENDS "${_svg}" WORKING_DIRECTORY "${CMAKE_BINARY_DIR}" VERBATIM)
  add_custom_target(pk_windows_icon DEPENDS "${PK_WINDOWS_ICON}")
endif()

function(pk_add_windows_resources target description)
  if(NOT WIN32)
    return()
  endif()
  set(PK_FILE_DESCRIPTION "${description}")
  set(PK_INTERNAL_NAME "${target}")
  set(_rc "${CMAKE_BINARY_DIR}/${target}.rc")
  configure_file("${CMAKE_SOURCE_DIR}/resources/windows/pantau-kopdes.rc.in" "${_rc}" @ONLY)
  target_sources(${target} PRIVATE "${_rc}")
  set_source_files_properties("${_rc}" PROPERTIES OBJECT_DEPENDS "${PK_WINDOWS_ICON}")
  add_dependencies(${target} pk_windows_icon)
endfunction()
