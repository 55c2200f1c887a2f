// The child side: limits, then one input after another until the parent
// closes the request pipe.
#pragma once

#include <atomic>

#include "gransk/isolation/isolation.h"

namespace gransk::isolation::detail {

[[noreturn]] void worker_main(int request_fd, int response_fd, const Limits& limits,
                              const Job& job, std::atomic<int>* page_slot);

// Outcome::Kind as sent on the wire.
inline constexpr int kKinds = 5;

}  // namespace gransk::isolation::detail
