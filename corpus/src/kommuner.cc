#include "gransk/corpus/kommuner.h"

#include <algorithm>
#include <sstream>

#include "gransk/nlp/nlp.h"
#include "kommuner_data.h"

namespace gransk::corpus {
namespace {

std::string lower(std::string_view s) { return nlp::fold_case(s); }

bool is_letter_byte(unsigned char c) { return std::isalpha(c) || c >= 0x80; }

}  // namespace

const KommunRegister& KommunRegister::shared() {
  static const KommunRegister r(kKommunerTsv);
  return r;
}

KommunRegister::KommunRegister(std::string_view tsv) {
  std::istringstream in{std::string(tsv)};
  std::string line;
  std::getline(in, line);  // header: kod namn lanskod lan
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    Kommun k;
    std::getline(fields, k.code, '\t');
    std::getline(fields, k.name, '\t');
    std::getline(fields, k.lan_code, '\t');
    std::getline(fields, k.lan, '\t');
    if (!k.code.empty() && !k.name.empty()) kommuner_.push_back(std::move(k));
  }
  // Names are indexed in lower case, as written and in the genitive.
  for (size_t i = 0; i < kommuner_.size(); ++i) {
    const std::string n = lower(kommuner_[i].name);
    names_[n] = i;
    const char last = n.back();
    if (last != 's' && last != 'x' && last != 'z') names_[n + "s"] = i;
  }
}

const Kommun* KommunRegister::by_code(std::string_view code) const {
  for (const Kommun& k : kommuner_)
    if (k.code == code) return &k;
  return nullptr;
}

const Kommun* KommunRegister::by_name(std::string_view name) const {
  const auto it = names_.find(lower(name));
  return it == names_.end() ? nullptr : &kommuner_[it->second];
}

std::vector<KommunMention> KommunRegister::find_all(std::string_view text) const {
  std::vector<KommunMention> out;
  const std::string low = lower(text);
  if (low.size() != text.size()) return out;  // case mapping changed lengths: spans would lie
  for (const char* head : {"kommun", "stad"}) {
    const std::string h = head;
    for (size_t p = low.find(h); p != std::string::npos; p = low.find(h, p + 1)) {
      size_t after = p + h.size();
      if (after < low.size() && low[after] == 's') ++after;
      if (after < low.size() && is_letter_byte(low[after])) continue;  // "kommunalförbund"
      if (p < 2 || low[p - 1] != ' ') continue;
      // Up to three words before: "Upplands Väsby", "Malung-Sälen".
      size_t start = p - 1;
      for (int words = 0; words < 3; ++words) {
        size_t b = start;
        while (b > 0 && low[b - 1] != ' ' && low[b - 1] != '\n' && low[b - 1] != '\t') --b;
        const auto it = names_.find(low.substr(b, p - 1 - b));
        if (it != names_.end()) {
          out.push_back({&kommuner_[it->second], b, after});
          break;
        }
        if (b < 2 || low[b - 1] != ' ') break;
        start = b - 1;
      }
    }
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.begin < b.begin; });
  return out;
}

std::string official_name(std::string_view place, std::string_view kind_word) {
  const unsigned char end = place.empty() ? 'a' : static_cast<unsigned char>(place.back());
  const bool genitive_s =
      std::string_view("bcdfghjklmnpqrtvw").find(static_cast<char>(std::tolower(end))) !=
      std::string_view::npos;
  return std::string(place) + (genitive_s ? "s " : " ") + std::string(kind_word);
}

}  // namespace gransk::corpus
