#include "connection.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <vector>

namespace gransk::cli::web {
namespace {

using Clock = std::chrono::steady_clock;

thread_local bool t_close_after = false;

// Waits for `events` until `deadline`. False on timeout or error, and for
// writing also when the peer has hung up; for reading recv() tells EOF.
bool wait_for(int sock, short events, Clock::time_point deadline) {
  for (;;) {
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) return false;
    pollfd p{sock, events, 0};
    const int r = ::poll(&p, 1, static_cast<int>(left.count()));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    if (events == POLLOUT)
      return (p.revents & POLLOUT) && !(p.revents & (POLLERR | POLLHUP | POLLNVAL));
    return (p.revents & (POLLIN | POLLHUP | POLLERR)) != 0;
  }
}

void address_of(int sock, bool peer, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  const int r = peer ? ::getpeername(sock, reinterpret_cast<sockaddr*>(&addr), &len)
                     : ::getsockname(sock, reinterpret_cast<sockaddr*>(&addr), &len);
  if (r != 0) return;
  if (addr.ss_family == AF_INET)
    port = ntohs(reinterpret_cast<const sockaddr_in*>(&addr)->sin_port);
  else if (addr.ss_family == AF_INET6)
    port = ntohs(reinterpret_cast<const sockaddr_in6*>(&addr)->sin6_port);
  else
    return;
  std::array<char, NI_MAXHOST> host{};
  if (::getnameinfo(reinterpret_cast<const sockaddr*>(&addr), len, host.data(),
                    static_cast<socklen_t>(host.size()), nullptr, 0, NI_NUMERICHOST) == 0)
    ip = host.data();
}

// A socket stream whose reads stop at the request's deadlines and size caps.
class RequestStream final : public httplib::Stream {
 public:
  RequestStream(int sock, const ConnectionLimits& limits, size_t body_bytes,
                std::chrono::seconds io_timeout)
      : sock_(sock), limits_(limits), body_bytes_(body_bytes), io_timeout_(io_timeout) {}

  // A new request on the connection: the clocks and counts start again.
  void start_request() {
    start_ = Clock::now();
    delivered_ = 0;
    head_done_ = false;
  }
  void head_read() {
    head_done_ = true;
    head_size_ = delivered_;
  }
  bool broken() const { return broken_; }
  bool has_buffered() const { return off_ < len_; }

  bool is_readable() const override {
    return has_buffered() || wait_for(sock_, POLLIN, next(read_deadline()));
  }
  bool is_writable() const override {
    return wait_for(sock_, POLLOUT, next(start_ + limits_.exchange_deadline));
  }

  ssize_t read(char* ptr, size_t size) override {
    if (!has_buffered()) {
      if (!wait_for(sock_, POLLIN, next(read_deadline()))) return fail();
      ssize_t n;
      do n = ::recv(sock_, buf_.data(), buf_.size(), 0);
      while (n < 0 && errno == EINTR);
      if (n <= 0) return n < 0 ? fail() : 0;
      off_ = 0;
      len_ = static_cast<size_t>(n);
    }
    const size_t n = std::min(size, len_ - off_);
    std::memcpy(ptr, buf_.data() + off_, n);
    off_ += n;
    delivered_ += n;
    // The head is read a byte at a time, so `delivered_` is its exact size.
    if (!head_done_ && delivered_ > limits_.head_bytes) return fail();
    if (head_done_ && delivered_ - head_size_ > body_bytes_) return fail();
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return fail();
    ssize_t n;
    do n = ::send(sock_, ptr, size, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n < 0 ? fail() : n;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    address_of(sock_, true, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    address_of(sock_, false, ip, port);
  }
  socket_t socket() const override { return sock_; }

 private:
  // Each wait is also bounded by the read/write timeout: a silent peer is dropped sooner.
  Clock::time_point next(Clock::time_point deadline) const {
    return std::min(deadline, Clock::now() + io_timeout_);
  }
  Clock::time_point read_deadline() const {
    return start_ + (head_done_ ? limits_.request_deadline : limits_.head_deadline);
  }
  ssize_t fail() {
    broken_ = true;
    return -1;
  }

  int sock_;
  const ConnectionLimits& limits_;
  size_t body_bytes_;
  std::chrono::milliseconds io_timeout_;
  Clock::time_point start_ = Clock::now();
  size_t delivered_ = 0, head_size_ = 0;
  bool head_done_ = false, broken_ = false;
  std::array<char, 4096> buf_{};
  size_t off_ = 0, len_ = 0;
};

// After refusing a request whose body was not read (or cutting one off):
// send FIN and discard what is still arriving for a moment, so the client
// reads the refusal instead of a reset (closing with unread data sends RST).
void linger(int sock) {
  ::shutdown(sock, SHUT_WR);
  std::array<char, 16384> scratch{};
  const auto until = Clock::now() + std::chrono::seconds(2);
  while (wait_for(sock, POLLIN, until))
    if (::recv(sock, scratch.data(), scratch.size(), 0) <= 0) break;
}

}  // namespace

void close_after_response() { t_close_after = true; }

GuardedServer::GuardedServer(const ConnectionLimits& limits) : limits_(limits) {
  const size_t workers = limits_.workers;
  new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
}

// An idle keep-alive connection gives its worker back after the timeout;
// a stopping server ends the wait within a fifth of a second.
bool GuardedServer::wait_for_request(socket_t sock) const {
  const auto until = Clock::now() + std::chrono::seconds(keep_alive_timeout_sec_);
  while (svr_sock_ != INVALID_SOCKET && Clock::now() < until)
    if (wait_for(sock, POLLIN, std::min(until, Clock::now() + std::chrono::milliseconds(200))))
      return true;
  return false;
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  // Multipart boundaries and chunk sizes come on top of the payload.
  RequestStream strm(sock, limits_, payload_max_length_ + 64 * 1024,
                     std::chrono::seconds(read_timeout_sec_ > 0 ? read_timeout_sec_ : 1));
  bool ret = false, refused = false;
  for (size_t left = keep_alive_max_count_; left > 0 && svr_sock_ != INVALID_SOCKET; --left) {
    if (!strm.has_buffered() && !wait_for_request(sock)) break;
    strm.start_request();
    t_close_after = false;
    bool connection_closed = false;
    ret = process_request(strm, left == 1, connection_closed,
                          [&strm](httplib::Request&) { strm.head_read(); });
    refused = t_close_after;
    if (!ret || connection_closed || strm.broken() || refused) break;
  }
  if (refused || strm.broken()) linger(sock);
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ret;
}

}  // namespace gransk::cli::web
