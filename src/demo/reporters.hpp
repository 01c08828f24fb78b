#pragma once
// The demo's reporters: invented Indramayu-style names, and the contact details a citizen
// leaves on each channel (a caller's number, a web form's optional e-mail, nothing on social
// media). DEMO DATA: phone numbers are generated in Indonesian mobile ranges, not anybody's
// known number; e-mail addresses are under the reserved example.com.

#include "demo/demo_random.hpp"
#include "domain/complaint.hpp"

namespace tanggap::demo {

domain::Reporter make_reporter(DemoRandom& rng, domain::Channel channel);

}  // namespace tanggap::demo
