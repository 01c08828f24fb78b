#pragma once
// The sanitizer build's leak suppressions for the libraries under the documents (fontconfig,
// pango, GLib). They live in leak_suppressions.cpp, which a static library only links into a
// binary when something there is called: each renderer calls this, so every binary that draws
// a document has them. Does nothing.

namespace tanggap::reports {

void keep_leak_suppressions();

}  // namespace tanggap::reports
