#include "reports/leak_suppressions.hpp"

#if defined(__SANITIZE_ADDRESS__)
// fontconfig (under cairo's text) keeps its configuration for the life of the process and never
// frees it, and so do pango's font map and GLib's type system; LeakSanitizer would report that
// at every exit of a sanitizer build.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\nleak:libpango\nleak:libglib\nleak:libgobject\n"
           "leak:libharfbuzz\n";
}
#endif

namespace tanggap::reports {

void keep_leak_suppressions() {}

}  // namespace tanggap::reports
