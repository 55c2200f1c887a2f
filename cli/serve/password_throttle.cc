#include "password_throttle.h"

namespace gransk::cli::web {

std::optional<std::chrono::seconds> PasswordThrottle::blocked(const std::string& address,
                                                              Clock::time_point now) {
  std::lock_guard lock(mutex_);
  const auto it = by_address_.find(address);
  if (it == by_address_.end() || it->second.failures < kMaxFailures) return std::nullopt;
  const auto end = it->second.window_start + kWindow;
  if (now >= end) {
    by_address_.erase(it);
    return std::nullopt;
  }
  return std::chrono::ceil<std::chrono::seconds>(end - now);
}

void PasswordThrottle::failed(const std::string& address, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (by_address_.size() >= kMaxAddresses) forget_expired(now);
  if (by_address_.size() >= kMaxAddresses && !by_address_.count(address)) {
    // Still full of live windows: a spray from many addresses. Keep the
    // newest attempt rather than grow without bound.
    by_address_.erase(by_address_.begin());
  }
  Attempts& a = by_address_[address];
  if (a.failures == 0 || now >= a.window_start + kWindow) a = {now, 0};
  ++a.failures;
}

void PasswordThrottle::forget_expired(Clock::time_point now) {
  for (auto it = by_address_.begin(); it != by_address_.end();)
    it = now >= it->second.window_start + kWindow ? by_address_.erase(it) : std::next(it);
}

}  // namespace gransk::cli::web
