// What every request to gransk serve must pass before a page sees it: the
// page runs beside a browser that visits any website, so a request is
// refused if it names another host (DNS rebinding), comes from another
// site's page (a POST with a foreign Origin), is larger than a page needs,
// or lacks the password when the server listens beyond this computer.
#pragma once

#include <httplib.h>

#include <optional>
#include <set>
#include <string>

#include "password_throttle.h"

namespace gransk::cli::web {

struct GuardConfig {
  std::set<std::string> hosts;  // Host names accepted besides loopback (lower case)
  std::string password;         // HTTP Basic password; empty: none asked
  PasswordThrottle* throttle = nullptr;  // wrong passwords per address (with a password)
  size_t max_body = 1024 * 1024;
  size_t max_target = 4096;  // path and query string
  size_t max_headers = 64;   // as sent by the client
};

struct Refusal {
  int status = 403;
  std::string message;  // Swedish, for the error page
  bool ask_password = false;
};

// nullopt: the request may go on.
std::optional<Refusal> refuse(const httplib::Request& req, const GuardConfig& c);

// The host part of a Host header value ("[::1]:8080" -> "::1"), lower case;
// nullopt if it is not a host with an optional numeric port.
std::optional<std::string> host_of(const std::string& host_header);

}  // namespace gransk::cli::web
