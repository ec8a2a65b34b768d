# Installation (cmake --install) and the Debian package (cpack -G DEB,
# scripts/package.sh).  GNUInstallDirs gives the Debian layout under any
# prefix: bin/escviz, share/man/man1/escviz.1.gz, share/doc/escviz/.
include(GNUInstallDirs)

install(TARGETS escviz RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# man finds pages compressed or not; Debian ships them gzipped (-n: no
# name or time stamp inside, so the package is reproducible).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(escviz_man_gz ${CMAKE_CURRENT_BINARY_DIR}/escviz.1.gz)
add_custom_command(OUTPUT ${escviz_man_gz}
  COMMAND ${GZIP_EXECUTABLE} -9n -c ${CMAKE_CURRENT_SOURCE_DIR}/docs/escviz.1 > ${escviz_man_gz}
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/docs/escviz.1
  COMMENT "escviz.1.gz")
add_custom_target(escviz_man ALL DEPENDS ${escviz_man_gz})
install(FILES ${escviz_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES README.md docs/ci.md docs/json.md docs/report.md docs/schema.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The .deb: its Depends come from the Debian packages of the shared
# libraries the binary links (dpkg-shlibdeps: PCRE2, SQLite, Graphviz's
# libgvc6/libcgraph6, jansson, nettle, zlib, libc), not from a hand list.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME escviz)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "store, explain, draw and diff the Go compiler's escape-analysis diagnostics")
set(CPACK_PACKAGE_DESCRIPTION
    "escviz reads what go build -gcflags='-m -m' prints (Go 1.4 to 1.27) into a SQLite\n database, explains why each value escapes, draws per-function Graphviz diagrams\n and HTML reports, and diffs two builds for CI (text, JSON, Markdown, SARIF).")
set(CPACK_PACKAGE_CONTACT "escviz developers <escviz@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "golang-go")
set(CPACK_STRIP_FILES ON)
include(CPack)
