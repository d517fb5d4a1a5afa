# Finds the LibreOffice SDK (Debian: libreoffice-dev) and the office itself
# (Debian: libreoffice-calc or libreoffice-calc-nogui), and defines:
#   LibreOfficeSDK_FOUND
#   LO_PROGRAM_DIR      office program folder (soffice, unopkg, types.rdb)
#   LO_TYPES_RDB        URE types.rdb
#   LO_OFFAPI_RDB       office API types offapi.rdb
#   LO_CPPUMAKER, LO_UNOIDL_WRITE   SDK tools
#   LO_SOFFICE, LO_UNOPKG           office executables
#   LibreOfficeSDK::URE             imported target: URE headers and libraries
# Fails with a message naming the Debian package to install.

set(LO_ROOT "/usr/lib/libreoffice" CACHE PATH "LibreOffice installation root")
set(LO_SDK_DIR "${LO_ROOT}/sdk" CACHE PATH "LibreOffice SDK root")
set(LO_PROGRAM_DIR "${LO_ROOT}/program" CACHE PATH "LibreOffice program folder")

function(_statform_require var description package)
  if(NOT ${var} OR NOT EXISTS "${${var}}")
    message(FATAL_ERROR
      "StatForm: ${description} was not found (looked for ${var}='${${var}}').\n"
      "Install the Debian package '${package}' (scripts/setup-debian.sh installs everything), "
      "or point -D${var}=... at it.")
  endif()
endfunction()

find_program(LO_CPPUMAKER cppumaker HINTS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH)
_statform_require(LO_CPPUMAKER "the UNO header generator cppumaker" libreoffice-dev)
find_program(LO_UNOIDL_WRITE unoidl-write HINTS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH)
_statform_require(LO_UNOIDL_WRITE "the IDL compiler unoidl-write" libreoffice-dev)
find_path(LO_INCLUDE_DIR cppuhelper/implbase1.hxx HINTS "${LO_SDK_DIR}/include" /usr/include/libreoffice)
_statform_require(LO_INCLUDE_DIR "the UNO C++ headers" libreoffice-dev)

set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")
_statform_require(LO_TYPES_RDB "the URE type library types.rdb" libreoffice-core)
_statform_require(LO_OFFAPI_RDB "the office API type library offapi.rdb" libreoffice-core)

find_program(LO_SOFFICE soffice HINTS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH)
_statform_require(LO_SOFFICE "the office executable soffice" libreoffice-calc)
find_program(LO_UNOPKG unopkg HINTS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH)
_statform_require(LO_UNOPKG "the extension installer unopkg" libreoffice-common)

set(_ure_libs)
foreach(lib uno_cppu uno_cppuhelpergcc3 uno_sal uno_salhelpergcc3)
  find_library(LO_LIB_${lib} ${lib} HINTS "${LO_SDK_DIR}/lib" NO_DEFAULT_PATH)
  _statform_require(LO_LIB_${lib} "the URE library ${lib}" libreoffice-dev)
  list(APPEND _ure_libs "${LO_LIB_${lib}}")
endforeach()

if(NOT TARGET LibreOfficeSDK::URE)
  add_library(LibreOfficeSDK::URE INTERFACE IMPORTED)
  target_include_directories(LibreOfficeSDK::URE SYSTEM INTERFACE "${LO_INCLUDE_DIR}")
  target_compile_definitions(LibreOfficeSDK::URE INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
  target_link_libraries(LibreOfficeSDK::URE INTERFACE ${_ure_libs})
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibreOfficeSDK
  REQUIRED_VARS LO_CPPUMAKER LO_UNOIDL_WRITE LO_INCLUDE_DIR LO_TYPES_RDB LO_OFFAPI_RDB LO_SOFFICE LO_UNOPKG)
