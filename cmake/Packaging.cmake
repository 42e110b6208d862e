# SPDX-License-Identifier: MIT
# Where `cmake --install` puts things (GNUInstallDirs), and the Debian package of the same files:
# `cmake --build <build dir> --target package`, or `cpack` in the build dir, writes
# csto-atlas_<version>_<arch>.deb, installed under /usr.
#
# The programs look for the bundled knowledge base at <bindir>/../share/csto-atlas
# (src/core/paths.cpp), so CMAKE_INSTALL_BINDIR must stay one level below the prefix.
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

set(CSTO_PACKAGE_MAINTAINER "The CSTO Atlas developers"
    CACHE STRING "The Maintainer field of the Debian package (name <email>)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME csto-atlas)
set(CPACK_PACKAGE_VENDOR "The CSTO Atlas developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Knowledge-base browser for the CSTO")
set(CPACK_PACKAGE_DESCRIPTION
    "CSTO Atlas holds the Collective Security Treaty Organization's bodies,
member states, forces, operations, exercises, people, documents and dated
events, extracted from news articles with every fact keeping its source.
Browse them as a linked tree, a timeline and detail cards, search as you
type, import articles, export PDF summaries, and query everything with the
csto-kb command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CSTO_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries the programs link are found by dpkg-shlibdeps (package dpkg-dev). What they load at
# run time must be named: the fonts PDFs embed, and Qt's SVG plugins, which draw the icon.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libqt6svg6")

# `package_source`: the repository without builds and Git's files.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/[.]git/" "/build/" "/[.]cache/")

include(CPack)
