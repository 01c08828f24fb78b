#pragma once
// The directory: units and categories. One narrow part of the store
// (store.hpp composes the transactions of all of them); both back ends implement it and
// tests/conformance holds its contract.

#include "core/error.hpp"
#include "domain/directory.hpp"

#include <vector>

namespace tanggap::store {

using core::Result;

class DirectoryReads {
  public:
    virtual ~DirectoryReads() = default;

    virtual Result<std::vector<domain::Unit>> units() = 0;

    virtual Result<std::vector<domain::Category>> categories() = 0;
};

class DirectoryWrites {
  public:
    virtual ~DirectoryWrites() = default;

    virtual Result<void> upsert_unit(const domain::Unit& unit) = 0;

    virtual Result<void> upsert_category(const domain::Category& category) = 0;
};

}  // namespace tanggap::store
