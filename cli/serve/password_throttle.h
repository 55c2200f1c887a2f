// Wrong passwords per client address: after kMaxFailures in one window the
// address is refused (429) until the window ends, so a password cannot be
// guessed at network speed when gransk serve listens beyond this computer.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace gransk::cli::web {

class PasswordThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr int kMaxFailures = 10;
  static constexpr std::chrono::minutes kWindow{10};
  static constexpr size_t kMaxAddresses = 10000;  // memory stays bounded under a spray

  // How long the address must still wait; nullopt: it may try.
  std::optional<std::chrono::seconds> blocked(const std::string& address,
                                              Clock::time_point now = Clock::now());
  void failed(const std::string& address, Clock::time_point now = Clock::now());

 private:
  struct Attempts {
    Clock::time_point window_start;
    int failures = 0;
  };
  void forget_expired(Clock::time_point now);

  std::mutex mutex_;
  std::map<std::string, Attempts> by_address_;
};

}  // namespace gransk::cli::web
