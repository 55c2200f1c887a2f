#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "internal.h"

namespace gransk::extractor::detail {

void append_utf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_bullet(const std::string& token) {
  static const std::array<std::string_view, 16> bullets = {"•", "►", "▪", "■", "●", "○", "◦", "–",
                                                           "—", "-", "*", "➢", "✓", "·", "▶", "‣"};
  for (std::string_view b : bullets)
    if (token == b) return true;
  // A single private-use glyph (U+E000..U+F8FF): Symbol and Wingdings bullets.
  if (token.size() == 3) {
    const unsigned char a = token[0], b = token[1];
    const unsigned cp = ((a & 0x0F) << 12) | ((b & 0x3F) << 6) | (token[2] & 0x3F);
    if ((a & 0xF0) == 0xE0 && cp >= 0xE000 && cp <= 0xF8FF) return true;
  }
  return false;
}

bool starts_lower_case(const std::string& s) {
  if (s.empty()) return false;
  const unsigned char first = s.front();
  return std::islower(first) ||
         (first == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0xA0);
}

bool sentence_goes_on(const std::string& before, const std::string& after) {
  return !before.empty() && !std::strchr(".!?:;", before.back()) && starts_lower_case(after);
}

}  // namespace gransk::extractor::detail
