// The child side: limits, then one input after another until the parent
// closes the request pipe.
#pragma once

#include <atomic>

#include "gransk/isolation/isolation.h"

namespace gransk::isolation::detail {

// A worker's slot in memory shared with the parent: the page it is on, and
// the seconds its file has been granted beyond Limits::wall (OCR'd pages).
struct Progress {
  std::atomic<int> page{0};
  std::atomic<int> extra_seconds{0};
};

[[noreturn]] void worker_main(int request_fd, int response_fd, const Limits& limits,
                              const Job& job, Progress* progress);

// Outcome::Kind as sent on the wire.
inline constexpr int kKinds = 5;

}  // namespace gransk::isolation::detail
