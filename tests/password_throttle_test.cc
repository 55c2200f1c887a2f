// Wrong passwords to gransk serve: ten from one address within ten minutes
// lock that address out until the window ends; other addresses are not
// touched, and the lock lifts on its own.
#include "serve/password_throttle.h"

#include <gtest/gtest.h>

namespace gransk::cli::web {
namespace {

using namespace std::chrono_literals;

TEST(PasswordThrottle, TenWrongPasswordsLockTheAddressOut) {
  PasswordThrottle t;
  const auto start = PasswordThrottle::Clock::now();
  for (int i = 0; i < PasswordThrottle::kMaxFailures - 1; ++i)
    t.failed("192.0.2.7", start + 1s * i);
  EXPECT_FALSE(t.blocked("192.0.2.7", start + 10s));
  t.failed("192.0.2.7", start + 10s);
  const auto wait = t.blocked("192.0.2.7", start + 11s);
  ASSERT_TRUE(wait);
  EXPECT_EQ(*wait, PasswordThrottle::kWindow - 11s);
  EXPECT_FALSE(t.blocked("192.0.2.8", start + 11s)) << "another address is not locked";
}

TEST(PasswordThrottle, TheLockEndsWithItsWindow) {
  PasswordThrottle t;
  const auto start = PasswordThrottle::Clock::now();
  for (int i = 0; i < PasswordThrottle::kMaxFailures; ++i) t.failed("192.0.2.7", start);
  EXPECT_TRUE(t.blocked("192.0.2.7", start + PasswordThrottle::kWindow - 1s));
  EXPECT_FALSE(t.blocked("192.0.2.7", start + PasswordThrottle::kWindow));
  t.failed("192.0.2.7", start + PasswordThrottle::kWindow + 1s);  // a new window, one failure
  EXPECT_FALSE(t.blocked("192.0.2.7", start + PasswordThrottle::kWindow + 2s));
}

TEST(PasswordThrottle, FailuresSpreadOverWindowsDoNotAddUp) {
  PasswordThrottle t;
  const auto start = PasswordThrottle::Clock::now();
  for (int i = 0; i < 3 * PasswordThrottle::kMaxFailures; ++i)
    t.failed("192.0.2.7", start + PasswordThrottle::kWindow / 5 * i);  // 5 per window
  EXPECT_FALSE(t.blocked("192.0.2.7", start + PasswordThrottle::kWindow * 6));
}

TEST(PasswordThrottle, ASprayFromManyAddressesStaysBounded) {
  PasswordThrottle t;
  const auto start = PasswordThrottle::Clock::now();
  for (size_t i = 0; i < PasswordThrottle::kMaxAddresses + 500; ++i)
    t.failed("10.0." + std::to_string(i / 256) + "." + std::to_string(i % 256), start);
  for (int i = 0; i < PasswordThrottle::kMaxFailures; ++i) t.failed("192.0.2.7", start);
  EXPECT_TRUE(t.blocked("192.0.2.7", start + 1s)) << "the newest attacker is still counted";
}

}  // namespace
}  // namespace gransk::cli::web
