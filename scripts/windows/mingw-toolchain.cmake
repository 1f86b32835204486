# Cross toolchain for x86_64-w64-mingw32 with Debian's MinGW-w64 (posix threads, which
# std::thread and Qt need). build-sdk.sh copies this file into the SDK and sets PK_WINDOWS_SDK
# there, so Qt's installed qt.toolchain.cmake keeps pointing at a file that does not move.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
if(NOT PK_WINDOWS_SDK)
  get_filename_component(PK_WINDOWS_SDK "${CMAKE_CURRENT_LIST_DIR}" ABSOLUTE)
endif()
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${PK_WINDOWS_SDK}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# pkg-config sees only the SDK's .pc files, never the build machine's.
set(ENV{PKG_CONFIG_LIBDIR} "${PK_WINDOWS_SDK}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
