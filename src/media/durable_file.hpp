#pragma once
// Files that survive a crash or power cut once written: temp file, fsync, rename, fsync of
// the directory. Linux/POSIX only; errors are system error codes, mapped by the caller.

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <system_error>

namespace tanggap::media {

// Writes `data` to a hidden temp file in `dir`, fsyncs it and renames it to `dir/name`, so a
// reader never sees a partial file under `name`. The rename itself is durable only after
// sync_directory(dir): call it once after writing several files. On failure nothing is left
// under `name` and the temp file is removed.
std::error_code write_file_synced(const std::filesystem::path& dir,
                                  std::string_view name,
                                  std::string_view data);

// fsync of a directory, making the entries created, renamed or removed in it durable.
std::error_code sync_directory(const std::filesystem::path& dir);

// Creates the missing ones of `parent/name` for each name (one level, mode 0755) and, if any
// was created, syncs `parent` once so their entries are durable. Existing directories are
// fine; an existing non-directory is an error.
std::error_code ensure_directories(const std::filesystem::path& parent,
                                   std::span<const std::string> names);

}  // namespace tanggap::media
