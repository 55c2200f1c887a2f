// gransk serve's connections: cpp-httplib's server with a clock on every
// request. httplib 0.11 bounds each recv (read timeout) but not the whole
// request, so a client that sends one header byte a second keeps a worker
// for hours; here the head must arrive within a deadline, the body within
// another, and their sizes are capped while they are read.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>

namespace gransk::cli::web {

struct ConnectionLimits {
  std::chrono::seconds head_deadline{10};      // request line and headers
  std::chrono::seconds request_deadline{30};   // the whole request, body included
  std::chrono::seconds exchange_deadline{120};  // request and response
  size_t head_bytes = 32 * 1024;
  size_t workers = 64;  // mostly waiting on a socket: cheap, and slow clients cannot take all
};

class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(const ConnectionLimits& limits = {});

 private:
  // Overrides httplib's private virtual: the same keep-alive loop, with our stream.
  bool process_and_close_socket(socket_t sock) override;
  bool wait_for_request(socket_t sock) const;

  ConnectionLimits limits_;
};

// From a handler: close this connection once the response is written (a
// refused request whose body was never read must not be read as the next).
void close_after_response();

}  // namespace gransk::cli::web
