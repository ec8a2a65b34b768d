# Every third-party dependency is found here, through pkg-config, and only here.
find_package(PkgConfig REQUIRED)
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8>=10.34)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3>=3.35)
pkg_check_modules(JANSSON REQUIRED IMPORTED_TARGET jansson>=2.13)
pkg_check_modules(GVC REQUIRED IMPORTED_TARGET libcgraph libgvc)
# sha256 of the Go source files an ingest reads (--src).
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle>=3.4)
# gunzip of pprof profiles (feed/profile.c).
pkg_check_modules(ZLIB REQUIRED IMPORTED_TARGET zlib)
# cmocka only for the unit tests: BUILD_TESTING=OFF builds escviz without it.
option(BUILD_TESTING "Build the tests (needs cmocka)" ON)
if(BUILD_TESTING)
  pkg_check_modules(CMOCKA REQUIRED IMPORTED_TARGET cmocka>=1.1)
endif()
