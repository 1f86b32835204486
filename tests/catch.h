#pragma once
// Debian 12 ships Catch2 2.13 (catch2/catch.hpp); Windows package managers ship v3.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
