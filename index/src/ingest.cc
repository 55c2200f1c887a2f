#include "gransk/index/ingest.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>
#include <thread>

#include "gransk/index/report_record.h"

namespace gransk::index {

extractor::Options in_worker(extractor::Options options) {
  options.on_page = isolation::report_page;
  // An OCR'd page is slow by nature: it gets its own time, and a crash in it names it.
  const int seconds = static_cast<int>(options.ocr_page_time.count() / 1000);
  options.on_ocr_page = [seconds](int page, int) {
    isolation::report_page(page);
    isolation::allow_more_time(seconds);
  };
  return options;
}

namespace {

// What a worker sends back: the record, or the extractor's own message.
isolation::Outcome analyse_in_worker(const std::string& path, const rules::RuleSet& rules,
                                     const extractor::Options& extract, bool index_tokens) {
  corpus::AnalysisResult r = corpus::analyse(path, rules, in_worker(extract));
  isolation::Outcome out;
  if (const auto* e = std::get_if<extractor::Error>(&r)) {
    out.kind = isolation::Outcome::Failed;
    out.payload = e->message();
  } else {
    ReportRecord record = record_of(std::get<corpus::Analysis>(r));
    if (index_tokens) add_index_tokens(record);
    out.payload = encode(record);
  }
  return out;
}

// The reason of a failure the worker could not give itself, with what the
// reader printed last (Poppler, a sanitizer) when that says more.
std::string failure_reason(const std::string& path, const isolation::Outcome& o) {
  if (o.kind == isolation::Outcome::Failed) return o.payload;
  std::string reason = path + ": " + o.reason;
  if (o.kind == isolation::Outcome::Crashed && !o.stderr_text.empty()) {
    std::string said = o.stderr_text.substr(0, o.stderr_text.find('\n'));
    if (said.size() > 160) said = said.substr(0, 160) + "…";
    if (!said.empty()) reason += "; läsaren skrev: " + said;
  }
  return reason;
}

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

namespace {

// The archive keeps a file's absolute, canonical path: the same link and the
// same "changed file at the same path" whichever folder a command runs from.
std::string stored_path(const std::string& path) {
  std::error_code ec;
  const std::filesystem::path p =
      std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  return ec ? path : p.string();
}

}  // namespace

IngestSummary ingest(Archive& archive, const std::vector<std::string>& pdfs,
                     const rules::RuleSet& rules, const IngestOptions& options,
                     const std::function<void(const IngestEvent&)>& progress) {
  const int jobs = options.jobs > 0
                       ? options.jobs
                       : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  std::set<std::string> claimed;  // hashes stored or being processed in this run
  if (!options.replace_known)
    for (std::string& h : archive.known_hashes()) claimed.insert(std::move(h));

  IngestSummary summary;
  size_t done = 0;
  auto emit = [&](IngestEvent ev) {
    ev.done = ++done;
    ev.total = pdfs.size();
    if (ev.kind == IngestEvent::Failed) {
      ++summary.failed;
      summary.failures.push_back(ev);
    } else if (ev.kind == IngestEvent::Stored) {
      ++summary.stored;
      if (!ev.warnings.empty()) summary.warned.push_back(ev);
    } else {
      ++summary.unchanged;
    }
    if (progress) progress(ev);
  };

  // Identical files (by content) are analysed once; known ones not at all.
  std::vector<std::string> todo, hashes;
  for (const std::string& path : pdfs) {
    const std::string sha = file_sha256(path);
    if (!sha.empty() && !claimed.insert(sha).second) {
      emit({IngestEvent::Unchanged, path, {}, 0, 0, {}});
      continue;
    }
    todo.push_back(path);
    hashes.push_back(sha);
  }

  extractor::Options extract = options.extract;
  extract.time_limit = std::min(extract.time_limit, options.limits.wall);
  // Who analyses the words for the full-text index: with a core to spare the
  // one writer does (it waits for the readers most of the time, and a reader
  // that also tokenized would make -j 1 ~20 % slower); when the readers take
  // every core, they do, and the writer only hands their tokens to FTS5 (600
  // reports at -j 2 on two cores: writer CPU 0.91 -> 0.53 s, so more readers
  // before the writer is the limit).
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const bool readers_tokenize = options.readers_tokenize.value_or(jobs >= cores);
  const isolation::Job job = [&](const std::string& path) {
    return analyse_in_worker(path, rules, extract, readers_tokenize);
  };
  // Reports are committed in batches (a few dozen, or what came in a quarter
  // of a second): the writer is the one process -j N cannot spread, and a
  // commit per report cost it most of its time in FTS5 segment merges. A
  // report is said stored only once its batch is committed.
  constexpr size_t kBatchReports = 32;
  constexpr auto kBatchTime = std::chrono::milliseconds(250);
  std::vector<IngestEvent> pending;
  auto batch_began = std::chrono::steady_clock::now();
  auto flush = [&] {
    std::string why;
    if (!archive.commit_batch(why))
      for (IngestEvent& ev : pending)
        if (ev.kind == IngestEvent::Stored) {
          ev.kind = IngestEvent::Failed;
          ev.reason = ev.path + ": kunde inte lagras: " + why;
          ev.warnings.clear();
        }
    for (IngestEvent& ev : pending) emit(std::move(ev));
    pending.clear();
  };
  size_t finished = 0;
  isolation::run(todo, jobs, options.limits, job, [&](size_t i, isolation::Outcome&& o) {
    ++finished;
    if (!archive.in_batch()) {
      std::string why;
      archive.begin_batch(why);  // if it cannot begin, each report is its own transaction
      batch_began = std::chrono::steady_clock::now();
    }
    const std::string& path = todo[i];
    IngestEvent ev{IngestEvent::Failed, path, {}, 0, 0, {}};
    ReportRecord record;
    std::string error;
    if (o.kind != isolation::Outcome::Ok) {
      ev.reason = failure_reason(path, o);
    } else if (!decode(o.payload, record)) {
      ev.reason = path + ": internt fel: läsprocessens svar var ofullständigt";
    } else if (!archive.store(hashes[i], stored_path(path), record, error)) {
      ev.reason = error;
    } else {
      ev.kind = IngestEvent::Stored;
      ev.warnings = std::move(record.warnings);
    }
    if (ev.kind == IngestEvent::Failed && !archive.disk_full())
      archive.record_failure(stored_path(path), hashes[i], ev.reason);
    pending.push_back(std::move(ev));
    if (pending.size() >= kBatchReports || archive.disk_full() ||
        std::chrono::steady_clock::now() - batch_began >= kBatchTime)
      flush();
    if (archive.disk_full()) {
      summary.stopped = "disken är full: inläsningen avbröts (frigör utrymme och kör igen)";
      summary.not_tried = todo.size() - finished;
      return false;
    }
    return true;
  });
  flush();
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
      IngestEvent e{IngestEvent::Failed,
                    r.path,
                    r.path +
                        ": filen finns inte längre eller har ändrats; den lagrade rapporten "
                        "behålls (läs in den nya filen med gransk ingest)",
                    0,
                    0,
                    {}};
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
