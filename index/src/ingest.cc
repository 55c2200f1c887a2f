#include "gransk/index/ingest.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

namespace gransk::index {
namespace {

struct Work {
  std::string path, sha256;
  std::optional<corpus::Analysis> analysis;
  std::string failure;
  bool unchanged = false;
};

}  // namespace

std::vector<std::string> collect_pdfs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(p, ec)) {
        std::string ext = e.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
        if (e.is_regular_file() && ext == ".pdf") out.push_back(e.path().string());
      }
    } else {
      out.push_back(p);  // a file given by name is tried whatever it is called
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

IngestSummary ingest(Archive& archive, const std::vector<std::string>& pdfs,
                     const rules::RuleSet& rules, const IngestOptions& options,
                     const std::function<void(const IngestEvent&)>& progress) {
  const int jobs = options.jobs > 0
                       ? options.jobs
                       : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  std::mutex mu;
  std::condition_variable ready, room;
  std::deque<Work> done;
  std::set<std::string> claimed;  // hashes stored or being processed in this run
  if (!options.replace_known)
    for (std::string& h : archive.known_hashes()) claimed.insert(std::move(h));
  std::atomic<size_t> next{0};
  const size_t max_queued = static_cast<size_t>(jobs) * 2;  // bounds memory

  // Hashes, dedupes and analyses the next file into `w`; false when none is left.
  auto analyse_one = [&](Work& w) -> bool {
    const size_t i = next.fetch_add(1);
    if (i >= pdfs.size()) return false;
    w.path = pdfs[i];
    w.sha256 = file_sha256(w.path);
    bool skip = false;
    if (!w.sha256.empty()) {
      std::lock_guard lock(mu);
      skip = !claimed.insert(w.sha256).second;
    }
    if (skip) {
      w.unchanged = true;
    } else {
      corpus::AnalysisResult r = corpus::analyse(w.path, rules, options.extract);
      if (auto* e = std::get_if<extractor::Error>(&r))
        w.failure = e->message();
      else
        w.analysis = std::move(std::get<corpus::Analysis>(r));
    }
    return true;
  };
  auto worker = [&] {
    for (Work w; analyse_one(w); w = Work{}) {
      std::unique_lock lock(mu);
      room.wait(lock, [&] { return done.size() < max_queued; });
      done.push_back(std::move(w));
      ready.notify_one();
    }
  };
  // -j 1: one thing at a time, in this thread. More: N analysing threads and
  // this thread as the one writer.
  std::vector<std::thread> threads;
  if (jobs > 1)
    for (int t = 0; t < jobs; ++t) threads.emplace_back(worker);

  // The one writer: this thread.
  IngestSummary summary;
  for (size_t n = 0; n < pdfs.size(); ++n) {
    Work w;
    if (jobs == 1) {
      analyse_one(w);
    } else {
      std::unique_lock lock(mu);
      ready.wait(lock, [&] { return !done.empty(); });
      w = std::move(done.front());
      done.pop_front();
      room.notify_one();
    }
    IngestEvent ev;
    ev.path = w.path;
    ev.done = n + 1;
    ev.total = pdfs.size();
    std::string error;
    if (w.unchanged) {
      ev.kind = IngestEvent::Unchanged;
      ++summary.unchanged;
    } else if (!w.analysis) {
      ev.kind = IngestEvent::Failed;
      ev.reason = w.failure;
      archive.record_failure(w.path, w.sha256, w.failure);
    } else if (!archive.store(w.sha256, w.path, *w.analysis, error)) {
      ev.kind = IngestEvent::Failed;
      ev.reason = error;
      archive.record_failure(w.path, w.sha256, error);
    } else {
      ev.kind = IngestEvent::Stored;
      ++summary.stored;
    }
    if (ev.kind == IngestEvent::Failed) {
      ++summary.failed;
      summary.failures.push_back(ev);
    }
    if (progress) progress(ev);
  }
  for (std::thread& t : threads) t.join();
  return summary;
}

IngestSummary reindex(Archive& archive, const rules::RuleSet& rules, const IngestOptions& options,
                      const std::function<void(const IngestEvent&)>& progress) {
  IngestOptions o = options;
  o.replace_known = true;
  std::vector<std::string> paths;
  IngestSummary gone;
  for (const ReportRow& r : archive.reports()) {
    if (file_sha256(r.path) == r.sha256) {
      paths.push_back(r.path);
    } else {
      IngestEvent e{IngestEvent::Failed, r.path,
                    r.path +
                        ": filen finns inte längre eller har ändrats; den lagrade rapporten "
                        "behålls (läs in den nya filen med gransk ingest)",
                    0, 0};
      ++gone.failed;
      gone.failures.push_back(e);
    }
  }
  IngestSummary s = ingest(archive, paths, rules, o, progress);
  s.failed += gone.failed;
  s.failures.insert(s.failures.end(), gone.failures.begin(), gone.failures.end());
  return s;
}

}  // namespace gransk::index
