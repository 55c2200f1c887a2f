// Sweden's 290 kommuner (SCB's kommunkod and län), and finding them in report
// text as it is written: "Skinnskattebergs kommuns revisorer", "LESSEBO KOMMUN",
// "Piteå kommun", "Stockholms stad".
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gransk::corpus {

struct Kommun {
  std::string code;  // kommunkod, four digits: "1904"
  std::string name;  // "Skinnskatteberg"
  std::string lan_code;
  std::string lan;  // "Västmanlands län"
};

struct KommunMention {
  const Kommun* kommun = nullptr;
  size_t begin = 0, end = 0;  // byte span of e.g. "Skinnskattebergs kommun" in the text
};

// The official name: "Oskarshamns kommun", "Piteå kommun", "Stockholms stad" —
// the genitive s after a consonant, none after a vowel or s/x/z.
std::string official_name(std::string_view place, std::string_view kind_word = "kommun");

class KommunRegister {
 public:
  // The table shipped in corpus/data/kommuner.tsv, compiled in.
  static const KommunRegister& shared();
  explicit KommunRegister(std::string_view tsv);

  const std::vector<Kommun>& all() const { return kommuner_; }
  const Kommun* by_code(std::string_view code) const;
  // "Skinnskatteberg", "skinnskattebergs", "Piteå": the name or its genitive.
  const Kommun* by_name(std::string_view name) const;
  // Every "<name> kommun(s)" / "<name> stad(s)" in `text`, in order.
  std::vector<KommunMention> find_all(std::string_view text) const;

 private:
  std::vector<Kommun> kommuner_;
  std::map<std::string, size_t> names_;  // lower-case name and genitive -> index
};

}  // namespace gransk::corpus
