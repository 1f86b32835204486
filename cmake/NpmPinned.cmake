# Fetches a pinned npm package set (data/<name>/package.json + package-lock.json with integrity
# hashes) into the build tree with `npm ci`, once. Used for data the repository must not carry:
# the region reference and the report fonts. `npm ci` verifies every hash.
#   pk_npm_fetch(<name> <file the package must provide, relative to node_modules> <result var>)
function(pk_npm_fetch name check_file out_var)
  set(_work "${CMAKE_BINARY_DIR}/${name}")
  if(NOT EXISTS "${_work}/node_modules/${check_file}")
    find_program(NPM_EXECUTABLE NAMES npm npm.cmd REQUIRED)
    file(MAKE_DIRECTORY "${_work}")
    configure_file("${CMAKE_SOURCE_DIR}/data/${name}/package.json" "${_work}/package.json" COPYONLY)
    configure_file("${CMAKE_SOURCE_DIR}/data/${name}/package-lock.json" "${_work}/package-lock.json" COPYONLY)
    message(STATUS "Fetching ${name} (pinned) with npm ci")
    execute_process(COMMAND "${NPM_EXECUTABLE}" ci --ignore-scripts --no-audit --no-fund
                    WORKING_DIRECTORY "${_work}" RESULT_VARIABLE _npm_rc)
    if(NOT _npm_rc EQUAL 0 OR NOT EXISTS "${_work}/node_modules/${check_file}")
      message(FATAL_ERROR "Could not fetch data/${name} with npm (exit ${_npm_rc}). Install Node.js/npm.")
    endif()
  endif()
  set(${out_var} "${_work}/node_modules" PARENT_SCOPE)
endfunction()
