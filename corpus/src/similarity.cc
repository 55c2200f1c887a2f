// How alike two wordings are: the words of a text, the share two texts have
// in common, and whether one restates the other in other forms of its words.
#include <algorithm>
#include <cctype>
#include <set>

#include "report_internal.h"

namespace gransk::corpus {
namespace detail {

std::vector<std::string> words_of(std::string_view text) {
  const std::string folded = nlp::fold_case(nlp::normalize(text));
  std::vector<std::string> out;
  std::string w;
  for (size_t i = 0; i <= folded.size(); ++i) {
    const unsigned char c = i < folded.size() ? folded[i] : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(c);
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  return out;
}

// Whether `a` says what `b` says in other forms of the same words: most of its
// content words (four letters or more) share their first five letters with
// one of b's ("ser över och säkerställer en systematik" and "se över och
// säkerställa ett systematiskt arbete").
bool restates(std::string_view a, std::string_view b) {
  auto stems = [](std::string_view t) {
    std::vector<std::string> out;
    for (const std::string& w : words_of(t))
      if (w.size() >= 4) out.push_back(w.substr(0, std::min<size_t>(w.size(), 5)));
    return out;
  };
  const std::vector<std::string> sa = stems(a), sb = stems(b);
  if (sa.size() < 3) return false;
  const std::set<std::string> in_b(sb.begin(), sb.end());
  const auto shared =
      std::count_if(sa.begin(), sa.end(), [&](const std::string& w) { return in_b.count(w) > 0; });
  return static_cast<double>(shared) >= 0.6 * static_cast<double>(sa.size());
}

}  // namespace detail

double text_similarity(std::string_view a, std::string_view b) {
  const std::vector<std::string> wa = detail::words_of(a), wb = detail::words_of(b);
  if (wa.empty() || wb.empty()) return wa.empty() && wb.empty() ? 1.0 : 0.0;
  std::multiset<std::string> sb(wb.begin(), wb.end());
  size_t common = 0;
  for (const std::string& w : wa) {
    auto it = sb.find(w);
    if (it != sb.end()) {
      ++common;
      sb.erase(it);
    }
  }
  return static_cast<double>(common) / static_cast<double>(std::max(wa.size(), wb.size()));
}

}  // namespace gransk::corpus
