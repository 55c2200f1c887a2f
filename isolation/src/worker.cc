#include "worker.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <new>

#include "wire.h"

#if defined(__SANITIZE_ADDRESS__)
#define GRANSK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GRANSK_ASAN 1
#endif
#endif

namespace gransk::isolation {
namespace {
detail::Progress* g_progress = nullptr;  // this worker's slot in the shared map

// Only the soft CPU limit moves (SIGXCPU ends the worker when it is reached):
// raising a hard limit needs CAP_SYS_RESOURCE, which a container's root and a
// normal user lack, and a refused raise left every later file, and every OCR'd
// page, with the first file's budget. The parent's clock stays the backstop.
// `soft` maps the current soft limit to the new one, kept under the hard one.
template <typename F>
void move_cpu_soft_limit(F soft) {
  rlimit r{};
  if (getrlimit(RLIMIT_CPU, &r) != 0) return;
  r.rlim_cur = soft(r.rlim_cur);
  if (r.rlim_max != RLIM_INFINITY) r.rlim_cur = std::min(r.rlim_cur, r.rlim_max);
  setrlimit(RLIMIT_CPU, &r);
}

}  // namespace

void report_page(int page) {
  if (g_progress) g_progress->page.store(page, std::memory_order_relaxed);
}

void allow_more_time(int seconds) {
  if (!g_progress || seconds <= 0) return;
  g_progress->extra_seconds.fetch_add(seconds, std::memory_order_relaxed);
  move_cpu_soft_limit([&](rlim_t current) {
    return current == RLIM_INFINITY ? current : current + static_cast<rlim_t>(seconds);
  });
}

namespace detail {
namespace {

uint64_t resident_size() {
  std::ifstream statm("/proc/self/statm");
  uint64_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

#ifndef GRANSK_ASAN  // only the address-space limit below needs it
uint64_t virtual_size() {
  std::ifstream statm("/proc/self/statm");
  uint64_t pages = 0;
  statm >> pages;
  return pages * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}
#endif

void set_limit(int resource, rlim_t soft, rlim_t hard) {
  rlimit r{soft, hard};
  setrlimit(resource, &r);
}

// The CPU limit counts the worker's whole life, so it is moved on per file:
// the soft limit only, below the hard limit the worker was born with.
void allow_cpu_seconds(long seconds) {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  // User and system time together, rounded up: each alone in whole seconds
  // would count up to two seconds short.
  const long long micros =
      (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000000LL + u.ru_utime.tv_usec + u.ru_stime.tv_usec;
  const rlim_t used = static_cast<rlim_t>((micros + 999999) / 1000000);
  move_cpu_soft_limit([&](rlim_t) { return used + static_cast<rlim_t>(seconds); });
}

}  // namespace

void worker_main(int request_fd, int response_fd, const Limits& limits, const Job& job,
                 Progress* progress) {
  g_progress = progress;
  set_limit(RLIMIT_CORE, 0, 0);
#ifndef GRANSK_ASAN
  // Address space beyond what the worker already maps (ICU data, rules): a
  // sudden huge allocation fails here before the parent's watch sees it.
  // ASan reserves terabytes of shadow memory, so there only the watch holds.
  const rlim_t as = virtual_size() + limits.memory_bytes;
  set_limit(RLIMIT_AS, as, as);
#endif
  const long cpu_s = static_cast<long>(limits.wall.count() / 1000) + 1;
  while (std::optional<std::string> input = read_request(request_fd)) {
    allow_cpu_seconds(cpu_s);
    // This worker's own reset: the parent may already have sent the next input.
    report_page(0);
    if (g_progress) g_progress->extra_seconds.store(0, std::memory_order_relaxed);
    Outcome out;
    bool fatal = false;
    try {
      out = job(*input);
    } catch (const std::bad_alloc&) {
      out = Outcome{};
      out.kind = Outcome::OutOfMemory;
      fatal = true;  // the heap may be left in pieces: start a fresh worker
    } catch (const std::exception& e) {
      out = Outcome{};
      out.kind = Outcome::Crashed;
      out.payload = e.what();
      fatal = true;
    }
    // Half the limit still held after a file leaves the next one only the
    // other half: a fresh worker gives it the whole.
    const bool heavy = !fatal && resident_size() > limits.memory_bytes / 2;
    const uint8_t kind = static_cast<uint8_t>(out.kind) | (heavy ? kRetiring : 0);
    if (!write_response(response_fd, kind, out.payload) || fatal || heavy) _exit(0);
  }
  _exit(0);  // no destructors: the parent's open archive is not ours to close
}

}  // namespace detail
}  // namespace gransk::isolation
