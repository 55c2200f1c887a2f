// Untrusted files are read in child processes with limits (Apache Tika's
// ForkParser, Recoll's filters): a PDF that crashes Poppler, loops or eats
// memory costs one failure line, never the batch or the archive.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gransk::isolation {

struct Limits {
  std::chrono::milliseconds wall{60000};  // per file, wall clock; CPU is capped alike
  uint64_t memory_bytes = 1ull << 30;     // per worker: resident memory and address space
};

struct Outcome {
  enum Kind {
    Ok,           // payload: the job's bytes
    Failed,       // payload: the job's own message (Swedish), e.g. "trasig"
    Crashed,      // the worker died: reason says how and on which page
    TimedOut,     // over Limits::wall (or the CPU limit)
    OutOfMemory,  // over Limits::memory_bytes
  } kind = Ok;
  std::string payload;
  std::string reason;  // Swedish, for Crashed / TimedOut / OutOfMemory (no file name)
  std::string stderr_text;  // what the worker printed while on this file (trimmed)
};

// The work done in a worker for one input. It runs in a forked child that
// shares the parent's memory as it was at fork time (compiled rules included);
// it returns Ok or Failed with a payload for the parent.
using Job = std::function<Outcome(const std::string& input)>;

// Runs `job` on every input in `workers` child processes and calls `done`
// in this (the parent's) thread as each finishes, in completion order; when
// `done` returns false the rest is not started and work under way is stopped.
// The calling process must be single-threaded while this runs.
void run(const std::vector<std::string>& inputs, int workers, const Limits& limits, const Job& job,
         const std::function<bool(size_t index, Outcome&& outcome)>& done);

// Called by a job while it works (e.g. for each page it starts), so that a
// crash can be reported with the page: "läsaren kraschade på sidan 3".
// A no-op outside a worker.
void report_page(int page);

// Called by a job that takes on slow work the limits did not foresee (a page
// read with OCR): its file may run this much longer, in wall clock and CPU.
// A no-op outside a worker.
void allow_more_time(int seconds);

// "1 GB", "512 MB": for messages.
std::string format_bytes(uint64_t bytes);

}  // namespace gransk::isolation
