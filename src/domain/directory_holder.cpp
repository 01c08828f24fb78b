#include "domain/directory_holder.hpp"

#include <stdexcept>

namespace tanggap::domain {

DirectoryHolder::DirectoryHolder(Snapshot initial) : current_(std::move(initial)) {
    if (!current_) throw std::invalid_argument("DirectoryHolder needs an index");
}

DirectoryHolder::Snapshot DirectoryHolder::snapshot() const {
    std::lock_guard lock(mutex_);
    return current_;
}

std::uint64_t DirectoryHolder::next_version() {
    std::lock_guard lock(mutex_);
    return ++last_version_;
}

void DirectoryHolder::publish(std::uint64_t version, Snapshot index) {
    if (!index) return;
    std::lock_guard lock(mutex_);
    if (version <= current_version_) return;
    current_version_ = version;
    current_ = std::move(index);
}

}  // namespace tanggap::domain
