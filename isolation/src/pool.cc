// The parent side: forks the workers, hands out inputs, watches time and
// memory, reaps a worker that dies and starts another.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <fstream>

#include "wire.h"
#include "worker.h"

namespace gransk::isolation {
namespace {

using Clock = std::chrono::steady_clock;
constexpr size_t kStderrKept = 4096;
// Inputs handed to a worker ahead of its answer: it starts the next file while
// the parent stores the last one, instead of waiting for the parent's turn.
constexpr size_t kQueued = 2;
// A response (a whole analysed report) fits in the pipe, so a worker need not
// wait for the parent to read it before going on.
constexpr int kResponsePipeBytes = 1 << 20;

struct Worker {
  pid_t pid = -1;
  int request = -1, response = -1, err = -1;
  std::deque<size_t> queue;   // inputs sent, in order; the front is being worked on
  Clock::time_point started;  // when the front was begun
  std::string buffer, stderr_text;
  Outcome::Kind killed_for = Outcome::Ok;  // set when the parent killed it
  bool retiring = false;  // it ends itself after its last answer (out of memory, threw, heavy)
  bool busy() const { return !queue.empty(); }
};

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

uint64_t resident_bytes(pid_t pid) {
  std::ifstream statm("/proc/" + std::to_string(pid) + "/statm");
  uint64_t size = 0, resident = 0;
  statm >> size >> resident;
  return resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

std::string signal_name(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "SIGSEGV";
    case SIGABRT:
      return "SIGABRT";
    case SIGBUS:
      return "SIGBUS";
    case SIGFPE:
      return "SIGFPE";
    case SIGILL:
      return "SIGILL";
    case SIGKILL:
      return "SIGKILL";
    default:
      return "signal " + std::to_string(sig);
  }
}

std::string on_page(int page) { return page > 0 ? " på sidan " + std::to_string(page) : ""; }

class Pool {
 public:
  Pool(const std::vector<std::string>& inputs, int workers, const Limits& limits, const Job& job,
       const std::function<bool(size_t, Outcome&&)>& done)
      : inputs_(inputs), limits_(limits), job_(job), done_(done), workers_(workers) {
    void* map = mmap(nullptr, sizeof(detail::Progress) * workers, PROT_READ | PROT_WRITE,
                     MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    pages_ = map == MAP_FAILED ? nullptr : static_cast<detail::Progress*>(map);
    for (int i = 0; pages_ && i < workers; ++i) new (&pages_[i]) detail::Progress();
  }
  ~Pool() {
    for (Worker& w : workers_) close_fd(w.request);  // a worker ends at EOF
    for (Worker& w : workers_) {
      if (w.pid > 0) waitpid(w.pid, nullptr, 0);
      close_fd(w.response);
      close_fd(w.err);
    }
    if (pages_) munmap(pages_, sizeof(detail::Progress) * workers_.size());
  }

  void run() {
    while (finished_ < inputs_.size() && !stop_) {
      // Two rounds: every idle worker gets an input in the first (a second one
      // waits until all have one, see may_queue_more), the queued seconds follow.
      for (int round = 0; round < 2; ++round)
        for (size_t i = 0; i < workers_.size(); ++i) dispatch(i);
      std::vector<pollfd> fds;
      std::vector<std::pair<size_t, bool>> owner;  // worker, is stderr
      for (size_t i = 0; i < workers_.size(); ++i) {
        const Worker& w = workers_[i];
        if (w.pid <= 0) continue;
        if (w.response >= 0) {
          fds.push_back({w.response, POLLIN, 0});
          owner.emplace_back(i, false);
        }
        if (w.err >= 0) {
          fds.push_back({w.err, POLLIN, 0});
          owner.emplace_back(i, true);
        }
      }
      if (fds.empty()) break;  // nothing can make progress (fork failed)
      ::poll(fds.data(), fds.size(), 50);
      for (size_t k = 0; k < fds.size(); ++k)
        if (fds[k].revents) read_from(owner[k].first, owner[k].second);
      watch();
    }
    if (stop_)
      for (Worker& w : workers_)
        if (w.pid > 0 && w.busy()) kill(w.pid, SIGKILL);
  }

 private:
  bool spawn(size_t i) {
    Worker& w = workers_[i];
    int req[2], resp[2], err[2];
    if (pipe(req) != 0) return false;
    if (pipe(resp) != 0) {
      ::close(req[0]);
      ::close(req[1]);
      return false;
    }
    if (pipe(err) != 0) {
      for (int fd : {req[0], req[1], resp[0], resp[1]}) ::close(fd);
      return false;
    }
    if (pages_) pages_[i].page.store(0), pages_[i].extra_seconds.store(0);
    std::fflush(nullptr);  // nothing buffered in this process is written twice
    const pid_t pid = fork();
    if (pid < 0) {
      for (int fd : {req[0], req[1], resp[0], resp[1], err[0], err[1]}) ::close(fd);
      return false;
    }
    if (pid == 0) {
      // Other workers' pipes must not stay open here, or they never see EOF.
      for (Worker& o : workers_)
        for (int fd : {o.request, o.response, o.err})
          if (fd >= 0) ::close(fd);
      ::close(req[1]);
      ::close(resp[0]);
      ::close(err[0]);
      dup2(err[1], STDERR_FILENO);
      ::close(err[1]);
      signal(SIGPIPE, SIG_DFL);
      prctl(PR_SET_PDEATHSIG, SIGKILL);  // a killed ingest leaves no reader running
      if (getppid() != parent_) _exit(0);
      detail::worker_main(req[0], resp[1], limits_, job_, pages_ ? &pages_[i] : nullptr);
    }
    ::close(req[0]);
    ::close(resp[1]);
    ::close(err[1]);
    w = Worker{};
    w.pid = pid;
    w.request = req[1];
    w.response = resp[0];
    w.err = err[0];
    fcntl(w.response, F_SETFL, O_NONBLOCK);
    fcntl(w.response, F_SETPIPE_SZ, kResponsePipeBytes);  // best effort: the default also works
    fcntl(w.err, F_SETFL, O_NONBLOCK);
    return true;
  }

  bool has_next() const { return !retry_.empty() || next_ < inputs_.size(); }
  size_t take_next() {
    if (retry_.empty()) return next_++;
    const size_t idx = retry_.front();
    retry_.pop_front();
    return idx;
  }

  // Inputs not yet handed to any worker.
  size_t unassigned() const { return retry_.size() + (inputs_.size() - next_); }

  // A worker is given a second input only while every worker has one and more
  // remain than there are workers: two files and two workers are read side by
  // side, and the last files of a batch are not held behind a slow one.
  bool may_queue_more(const Worker& w) const {
    if (w.queue.empty()) return true;
    if (unassigned() <= workers_.size()) return false;
    return std::all_of(workers_.begin(), workers_.end(), [](const Worker& o) {
      return o.busy() || o.killed_for != Outcome::Ok || o.retiring;
    });
  }

  void dispatch(size_t i) {
    Worker& w = workers_[i];
    while (!stop_ && w.queue.size() < kQueued && w.killed_for == Outcome::Ok && !w.retiring &&
           has_next() && may_queue_more(w)) {
      if (w.pid <= 0 && !spawn(i)) {
        if (i == 0 && live() == 0)
          fail_next("kunde inte starta en läsprocess: " + std::string(std::strerror(errno)));
        return;
      }
      if (w.queue.empty()) {
        if (pages_) pages_[i].page.store(0), pages_[i].extra_seconds.store(0);
        w.started = Clock::now();
        w.stderr_text.clear();
      }
      w.queue.push_back(take_next());
      if (!detail::write_request(w.request, inputs_[w.queue.back()])) {
        kill(w.pid, SIGKILL);
        return;
      }
    }
  }

  void finish(size_t idx, Outcome&& o) {
    if (!stop_ && !done_(idx, std::move(o))) stop_ = true;
  }

  size_t live() const {
    size_t n = 0;
    for (const Worker& w : workers_) n += w.pid > 0;
    return n;
  }

  void fail_next(const std::string& why) {
    Outcome o;
    o.kind = Outcome::Crashed;
    o.reason = why;
    const size_t idx = take_next();
    ++finished_;
    finish(idx, std::move(o));
  }

  void read_from(size_t i, bool is_stderr) {
    Worker& w = workers_[i];
    char chunk[65536];
    for (;;) {
      const ssize_t r = ::read(is_stderr ? w.err : w.response, chunk, sizeof chunk);
      if (r > 0) {
        if (is_stderr) {
          if (w.stderr_text.size() < kStderrKept)
            w.stderr_text.append(chunk, std::min<size_t>(r, kStderrKept - w.stderr_text.size()));
        } else {
          w.buffer.append(chunk, static_cast<size_t>(r));
          while (std::optional<detail::Response> resp = detail::take_response(w.buffer))
            deliver(i, *resp);
        }
        continue;
      }
      if (r < 0 && (errno == EAGAIN || errno == EINTR)) return;
      // EOF or error: stderr closing alone means little; the response pipe
      // closing means the worker is gone.
      if (is_stderr) {
        close_fd(w.err);
      } else {
        reap(i);
      }
      return;
    }
  }

  void deliver(size_t i, detail::Response& resp) {
    Worker& w = workers_[i];
    if (!w.busy() || w.killed_for != Outcome::Ok) return;  // killed: reap() reports it
    const bool retiring = resp.kind & detail::kRetiring;
    const uint8_t kind = resp.kind & ~detail::kRetiring;
    Outcome o;
    o.kind = kind < detail::kKinds ? static_cast<Outcome::Kind>(kind) : Outcome::Crashed;
    o.payload = std::move(resp.payload);
    o.stderr_text = std::move(w.stderr_text);
    const int page = pages_ ? pages_[i].page.load() : 0;
    if (o.kind == Outcome::OutOfMemory) o.reason = memory_reason(page);
    if (o.kind == Outcome::Crashed)
      o.reason = "internt fel i läsaren" + on_page(page) + ": " + o.payload;
    const size_t idx = w.queue.front();
    w.queue.pop_front();
    w.stderr_text.clear();
    // The worker has begun the next input it holds (it resets its own page and
    // extra time). One that ran out of memory, threw or holds too much memory
    // ends itself: what it held is handed to a fresh worker. The others are
    // kept busy while the parent stores this result.
    w.started = Clock::now();
    if (retiring || o.kind == Outcome::OutOfMemory || o.kind == Outcome::Crashed)
      w.retiring = true;
    else
      dispatch(i);
    ++finished_;
    finish(idx, std::move(o));
  }

  std::string memory_reason(int page) const {
    return "för stor: över " + format_bytes(limits_.memory_bytes) + " minne" + on_page(page);
  }
  // Seconds the worker was granted for its file beyond Limits::wall (OCR'd pages).
  int granted_seconds(size_t i) const { return pages_ ? pages_[i].extra_seconds.load() : 0; }
  // Limits::wall and what the worker was granted for its file.
  std::chrono::milliseconds allowed(size_t i) const {
    return limits_.wall + std::chrono::seconds(granted_seconds(i));
  }
  // The time granted for OCR'd pages is said apart: a revisor who sees it knows
  // the scanned pages were slow and that a larger --tid helps.
  std::string time_reason(size_t i, int page) const {
    const auto wall = std::chrono::duration_cast<std::chrono::seconds>(limits_.wall).count();
    const int extra = granted_seconds(i);
    std::string r = "tog för lång tid: över " + std::to_string(wall + extra) + " s";
    if (extra > 0)
      r += " (" + std::to_string(wall) + " s och " + std::to_string(extra) +
           " s för sidor lästa med OCR)";
    return r + on_page(page);
  }

  void reap(size_t i) {
    Worker& w = workers_[i];
    // Drain what it said last, for the reason.
    if (w.err >= 0) {
      char chunk[4096];
      ssize_t r;
      while ((r = ::read(w.err, chunk, sizeof chunk)) > 0)
        if (w.stderr_text.size() < kStderrKept)
          w.stderr_text.append(chunk, std::min<size_t>(r, kStderrKept - w.stderr_text.size()));
    }
    int status = 0;
    waitpid(w.pid, &status, 0);
    const int page = pages_ ? pages_[i].page.load() : 0;
    // The front input was being read when the worker died, unless it had
    // ended itself after answering: what it still held was never begun.
    const bool busy = w.busy() && !w.retiring;
    Outcome o;
    o.stderr_text = w.stderr_text;
    if (w.killed_for == Outcome::TimedOut || (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)) {
      o.kind = Outcome::TimedOut;
      o.reason = time_reason(i, page);
    } else if (w.killed_for == Outcome::OutOfMemory ||
               w.stderr_text.find("Out of memory") != std::string::npos ||
               w.stderr_text.find("bad_alloc") != std::string::npos ||
               w.stderr_text.find("out of memory") != std::string::npos) {
      o.kind = Outcome::OutOfMemory;
      o.reason = memory_reason(page);
    } else {
      o.kind = Outcome::Crashed;
      o.reason = "läsaren kraschade" + on_page(page);
      if (WIFSIGNALED(status))
        o.reason += " (" + signal_name(WTERMSIG(status)) + ")";
      else if (WIFEXITED(status))
        o.reason += " (avslutades med kod " + std::to_string(WEXITSTATUS(status)) + ")";
    }
    const size_t idx = busy ? w.queue.front() : 0;
    if (busy) w.queue.pop_front();
    retry_.insert(retry_.begin(), w.queue.begin(), w.queue.end());
    close_fd(w.request);
    close_fd(w.response);
    close_fd(w.err);
    w = Worker{};
    if (busy) {
      ++finished_;
      finish(idx, std::move(o));
    }
  }

  void watch() {
    const auto now = Clock::now();
    for (size_t i = 0; i < workers_.size(); ++i) {
      Worker& w = workers_[i];
      if (w.pid <= 0 || !w.busy() || w.killed_for != Outcome::Ok || w.retiring) continue;
      if (now - w.started > allowed(i)) {
        w.killed_for = Outcome::TimedOut;
        kill(w.pid, SIGKILL);
      } else if (resident_bytes(w.pid) > limits_.memory_bytes) {
        w.killed_for = Outcome::OutOfMemory;
        kill(w.pid, SIGKILL);
      }
    }
  }

  const std::vector<std::string>& inputs_;
  const Limits& limits_;
  const Job& job_;
  const std::function<bool(size_t, Outcome&&)>& done_;
  std::vector<Worker> workers_;
  detail::Progress* pages_ = nullptr;
  std::deque<size_t> retry_;  // held by a worker that died before beginning them
  size_t next_ = 0, finished_ = 0;
  bool stop_ = false;
  pid_t parent_ = getpid();
};

}  // namespace

void run(const std::vector<std::string>& inputs, int workers, const Limits& limits, const Job& job,
         const std::function<bool(size_t, Outcome&&)>& done) {
  if (inputs.empty()) return;
  // A worker that dies while we write to it must not kill the parent.
  struct sigaction ignore {
  }, old{};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &old);
  {
    const int n = std::max(1, std::min<int>(workers, static_cast<int>(inputs.size())));
    Pool pool(inputs, n, limits, job, done);
    pool.run();
  }
  sigaction(SIGPIPE, &old, nullptr);
}

std::string format_bytes(uint64_t bytes) {
  constexpr uint64_t kGB = 1ull << 30, kMB = 1ull << 20;
  if (bytes >= kGB && bytes % kGB == 0) return std::to_string(bytes / kGB) + " GB";
  if (bytes >= kGB) {
    const uint64_t tenths = bytes * 10 / kGB;
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " GB";
  }
  return std::to_string(bytes / kMB) + " MB";
}

}  // namespace gransk::isolation
