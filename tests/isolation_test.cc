// The worker pool: a job that crashes, hangs or eats memory costs one outcome
// with its reason; the other inputs are still done.
#include "gransk/isolation/isolation.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <fstream>
#include <map>
#include <thread>
#include <vector>

namespace gransk::isolation {
namespace {

using namespace std::chrono_literals;

Outcome ok(const std::string& payload) {
  Outcome o;
  o.payload = payload;
  return o;
}

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Inputs name what the job does: "ok:x", "fail", "crash", "hang", "grow", "throw".
Outcome act(const std::string& input) {
  if (input.rfind("ok:", 0) == 0) return ok(input.substr(3));
  if (input == "fail") {
    Outcome o;
    o.kind = Outcome::Failed;
    o.payload = "trasig";
    return o;
  }
  if (input == "crash") {
    report_page(3);
    std::fputs("något gick sönder\n", stderr);
    std::raise(SIGSEGV);
  }
  if (input == "hang") {
    report_page(2);
    for (;;) std::this_thread::sleep_for(10ms);
  }
  if (input == "scan") {  // two pages read with OCR, each granted a second, then stuck
    for (int page = 1; page <= 2; ++page) {
      report_page(page);
      allow_more_time(1);
    }
    for (;;) std::this_thread::sleep_for(10ms);
  }
  if (input == "spin") {
    volatile unsigned long n = 0;
    for (;;) n = n + 1;
  }
  if (input == "grow") {
    std::vector<std::vector<char>> keep;
    for (;;) {
      keep.emplace_back(16 << 20);
      std::memset(keep.back().data(), 1, keep.back().size());  // resident, not just reserved
      std::this_thread::sleep_for(1ms);
    }
  }
  if (input.rfind("nap:", 0) == 0) {  // waits this many milliseconds, without CPU
    std::this_thread::sleep_for(std::chrono::milliseconds(std::stoi(input.substr(4))));
    return ok("nap");
  }
  if (input.rfind("keep:", 0) == 0) {  // leaves this many MB resident after the file
    static std::vector<std::vector<char>> kept;
    kept.emplace_back(static_cast<size_t>(std::stoi(input.substr(5))) << 20);
    std::memset(kept.back().data(), 1, kept.back().size());
    return ok("kept");
  }
  if (input == "resident") {  // this worker's resident memory, in bytes
    std::ifstream statm("/proc/self/statm");
    uint64_t pages = 0, resident = 0;
    statm >> pages >> resident;
    return ok(std::to_string(resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE))));
  }
  if (input == "big") return ok(std::string(8 << 20, 'x'));  // larger than a pipe's buffer
  if (input.rfind("burn:", 0) == 0) {                        // this much CPU, in milliseconds
    const double until = cpu_seconds() + std::stod(input.substr(5)) / 1000;
    volatile unsigned long n = 0;
    while (cpu_seconds() < until) n = n + 1;
    return ok("burnt");
  }
  if (input == "left" || input == "more-left") {  // CPU seconds this file may still use
    if (input == "more-left") allow_more_time(10);
    rlimit r{};
    getrlimit(RLIMIT_CPU, &r);
    return ok(std::to_string(static_cast<double>(r.rlim_cur) - cpu_seconds()));
  }
  throw std::runtime_error("okänd");
}

std::map<size_t, Outcome> run_all(const std::vector<std::string>& inputs, int workers,
                                  Limits limits = {}) {
  std::map<size_t, Outcome> out;
  run(inputs, workers, limits, act, [&](size_t i, Outcome&& o) {
    EXPECT_EQ(out.count(i), 0u) << "input " << i << " reported twice";
    out[i] = std::move(o);
    return true;
  });
  return out;
}

TEST(Isolation, TimeGrantedForOcrPagesHoldsForAQueuedFileAndIsSaid) {
  // The scanned file waits in the worker's queue behind a short one (the
  // parent hands out the next file before the first is done): the seconds its
  // OCR'd pages are granted still count, and the reason names them.
  Limits limits;
  limits.wall = 2000ms;
  const auto start = std::chrono::steady_clock::now();
  const auto out = run_all({"nap:300", "scan", "ok:a"}, 1, limits);
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out.at(0).kind, Outcome::Ok);
  EXPECT_EQ(out.at(1).kind, Outcome::TimedOut);
  EXPECT_EQ(out.at(1).reason,
            "tog för lång tid: över 4 s (2 s och 2 s för sidor lästa med OCR) på sidan 2");
  EXPECT_EQ(out.at(2).payload, "a");
  EXPECT_GE(took, 4300ms);  // the granted time was given, not just said
}

TEST(Isolation, EveryInputGetsItsOwnOutcome) {
  // Faulting memory in costs about 3 ms per MB on a loaded two-core machine
  // under AddressSanitizer, so the memory limit is small and the clock loose
  // enough that "grow" always meets its limit before its time.
  Limits limits;
  limits.wall = 3000ms;
  limits.memory_bytes = 64ull << 20;
  const std::vector<std::string> inputs = {"ok:a", "crash", "ok:b",  "fail", "hang",
                                           "ok:c", "grow",  "throw", "ok:d", "big"};
  const auto start = std::chrono::steady_clock::now();
  const auto out = run_all(inputs, 2, limits);
  ASSERT_EQ(out.size(), inputs.size());
  EXPECT_EQ(out.at(0).kind, Outcome::Ok);
  EXPECT_EQ(out.at(0).payload, "a");
  EXPECT_EQ(out.at(2).payload, "b");
  EXPECT_EQ(out.at(5).payload, "c");
  EXPECT_EQ(out.at(8).payload, "d");
  EXPECT_EQ(out.at(9).payload.size(), 8u << 20);

  EXPECT_EQ(out.at(1).kind, Outcome::Crashed);
  // Under AddressSanitizer the segfault is caught and turned into an abort;
  // either way the revisor is told the reader crashed, and on which page.
  EXPECT_TRUE(out.at(1).reason == "läsaren kraschade på sidan 3 (SIGSEGV)" ||
              out.at(1).reason == "läsaren kraschade på sidan 3 (SIGABRT)")
      << out.at(1).reason;
  EXPECT_NE(out.at(1).stderr_text.find("något gick sönder"), std::string::npos);

  EXPECT_EQ(out.at(3).kind, Outcome::Failed);
  EXPECT_EQ(out.at(3).payload, "trasig");

  EXPECT_EQ(out.at(4).kind, Outcome::TimedOut);
  EXPECT_EQ(out.at(4).reason, "tog för lång tid: över 3 s på sidan 2");

  EXPECT_EQ(out.at(6).kind, Outcome::OutOfMemory);
  EXPECT_EQ(out.at(6).reason, "för stor: över 64 MB minne");

  EXPECT_EQ(out.at(7).kind, Outcome::Crashed);
  EXPECT_NE(out.at(7).reason.find("okänd"), std::string::npos);
  // The hang costs its limit, not more.
  EXPECT_LT(std::chrono::steady_clock::now() - start, 20s);
}

TEST(Isolation, ABusyLoopIsStoppedByTheClock) {
  Limits limits;
  limits.wall = 1000ms;
  const auto out = run_all({"spin", "ok:x"}, 1, limits);
  EXPECT_EQ(out.at(0).kind, Outcome::TimedOut);
  EXPECT_EQ(out.at(1).payload, "x");
}

TEST(Isolation, OneWorkerDoesEverythingInTurn) {
  std::vector<std::string> inputs;
  for (int i = 0; i < 50; ++i) inputs.push_back("ok:" + std::to_string(i));
  inputs[20] = "crash";
  const auto out = run_all(inputs, 1);
  ASSERT_EQ(out.size(), 50u);
  for (int i = 0; i < 50; ++i) {
    if (i == 20) continue;
    EXPECT_EQ(out.at(i).payload, std::to_string(i));
  }
  EXPECT_EQ(out.at(20).kind, Outcome::Crashed);
}

// A worker is handed its next input before the parent has stored the last
// answer; what a worker held when it died (or ended itself) is read by the next.
TEST(Isolation, InputsQueuedBehindAFailureAreStillRead) {
  // Under AddressSanitizer a crash is first written up: symbolising the stack
  // reads the debug information into the worker, over 64 MB once earlier
  // tests left the process large. The limits must not take that for the file.
  Limits limits;
  limits.wall = 3000ms;
  limits.memory_bytes = 256ull << 20;
  const std::vector<std::string> inputs = {"throw", "ok:a", "crash", "ok:b", "hang",
                                           "ok:c",  "grow", "ok:d",  "fail", "ok:e"};
  const auto out = run_all(inputs, 1, limits);
  ASSERT_EQ(out.size(), inputs.size());
  for (size_t i : {1, 3, 5, 7, 9}) {
    EXPECT_EQ(out.at(i).kind, Outcome::Ok) << inputs[i] << ": " << out.at(i).reason;
    EXPECT_EQ(out.at(i).payload, inputs[i].substr(3));
  }
  EXPECT_EQ(out.at(0).kind, Outcome::Crashed);
  EXPECT_EQ(out.at(2).kind, Outcome::Crashed) << out.at(2).reason;
  EXPECT_EQ(out.at(4).kind, Outcome::TimedOut);
  EXPECT_EQ(out.at(6).kind, Outcome::OutOfMemory);
  EXPECT_EQ(out.at(8).kind, Outcome::Failed);
}

TEST(Isolation, AWorkerReadsTheNextFileWhileTheParentStores) {
  // Long and short files in turn, 200 ms of storing each. Handed one file at a
  // time, the worker finishes a short one while the parent still stores and
  // waits for it: 590 ms a pair. With the next file already in hand it goes
  // on: 400 ms a pair.
  std::vector<std::string> inputs;
  for (int i = 0; i < 5; ++i) inputs.insert(inputs.end(), {"nap:390", "nap:10"});
  const auto start = std::chrono::steady_clock::now();
  size_t seen = 0;
  run(inputs, 1, {}, act, [&](size_t, Outcome&& o) {
    EXPECT_EQ(o.payload, "nap");
    std::this_thread::sleep_for(200ms);
    return ++seen > 0;
  });
  EXPECT_EQ(seen, inputs.size());
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2800ms);
}

TEST(Isolation, TwoFilesAndTwoWorkersAreReadSideBySide) {
  // Queueing a second file for a worker must not take it from an idle one:
  // two 600 ms files on two workers take 600 ms, not 1200 ms.
  const auto start = std::chrono::steady_clock::now();
  const auto out = run_all({"nap:600", "nap:600"}, 2);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1000ms);
}

// A worker lives for many files: each gets the CPU budget anew, and an OCR'd
// page gets its extra time, also where the hard limit cannot be raised (no
// CAP_SYS_RESOURCE, as in a container): only the soft limit moves.
TEST(Isolation, EachFileGetsItsCpuBudgetInALongLivedWorker) {
  Limits limits;
  limits.wall = 5000ms;  // 6 s of CPU per file
  const auto out = run_all({"burn:1500", "left", "burn:1500", "more-left"}, 1, limits);
  ASSERT_EQ(out.size(), 4u);
  ASSERT_EQ(out.at(1).kind, Outcome::Ok) << out.at(1).reason;
  EXPECT_GT(std::stod(out.at(1).payload), 5.2);  // not 6 s less what the first file used
  ASSERT_EQ(out.at(3).kind, Outcome::Ok) << out.at(3).reason;
  EXPECT_GT(std::stod(out.at(3).payload), 14.0);  // and 10 s more when granted
}

TEST(Isolation, AFileIsNotBlamedForMemoryItsPredecessorLeft) {
  // Each file leaves 100 MB behind (a heap that never shrinks, ASan's
  // quarantine): the limit lets a fresh worker read one of them (what a worker
  // holds at birth differs with the build, ASan's is larger), two in one
  // worker pass it. A worker holding over half its limit after a file ends,
  // and the next file meets a fresh one.
  const uint64_t born = std::stoull(run_all({"resident"}, 1).at(0).payload);
  const uint64_t kept = 100ull << 20;
  Limits limits;
  limits.memory_bytes = born + kept * 8 / 5;
  const auto out = run_all({"keep:100", "keep:100", "keep:100", "ok:x"}, 1, limits);
  ASSERT_EQ(out.size(), 4u);
  for (size_t i = 0; i < 3; ++i)
    EXPECT_EQ(out.at(i).kind, Outcome::Ok) << i << ": " << out.at(i).reason;
  EXPECT_EQ(out.at(3).payload, "x");
}

TEST(Isolation, DoneReturningFalseStopsTheRest) {
  std::vector<std::string> inputs(20, "ok:x");
  size_t seen = 0;
  run(inputs, 2, {}, act, [&](size_t, Outcome&&) { return ++seen < 3; });
  EXPECT_EQ(seen, 3u);
}

TEST(Isolation, SizesAreSaidInSwedish) {
  EXPECT_EQ(format_bytes(1ull << 30), "1 GB");
  EXPECT_EQ(format_bytes(3ull << 29), "1,5 GB");
  EXPECT_EQ(format_bytes(512ull << 20), "512 MB");
}

}  // namespace
}  // namespace gransk::isolation
