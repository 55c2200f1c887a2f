// The child side: limits, then one input after another until the parent
// closes the request pipe.
#pragma once

#include <atomic>
#include <cstdint>

#include "gransk/isolation/isolation.h"

namespace gransk::isolation::detail {

// A worker's slot in memory shared with the parent: the page it is on, and
// the seconds its file has been granted beyond Limits::wall (OCR'd pages).
struct Progress {
  std::atomic<int> page{0};
  std::atomic<int> extra_seconds{0};
};

[[noreturn]] void worker_main(int request_fd, int response_fd, const Limits& limits, const Job& job,
                              Progress* progress);

// Outcome::Kind as sent on the wire.
inline constexpr int kKinds = 5;
// Set on a response's kind when the worker ends after it: it holds so much
// memory after its file (a heap left large, ASan's quarantine) that the next
// file would be blamed for it. What it was sent besides goes to a fresh worker.
inline constexpr uint8_t kRetiring = 0x80;

}  // namespace gransk::isolation::detail
