// `gransk rules check` times each rule: one that matches everywhere with
// captures over the whole document stands out against a plain one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "gransk/rules/rules.h"

namespace gransk::rules {
namespace {

TEST(RuleCost, ACostlyRuleStandsOut) {
  const auto dir = std::filesystem::temp_directory_path() / "gransk-rule-cost";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.toml") << "[[rule]]\nid = \"x.enkel\"\ntag = \"recommendation\"\n"
                                   "pattern = '(?i)vi rekommenderar (?P<text>[^.]+)'\n\n"
                                   "[[rule]]\nid = \"x.tung\"\ntag = \"recommendation\"\n"
                                   "unit = \"document\"\n"
                                   "pattern = '(?P<text>(\\p{L}+\\s+){1,3}\\p{L}+)'\n";
  const RuleSet set = load_rules({dir.string()});
  ASSERT_TRUE(set.errors.empty()) << set.errors[0].text();
  nlp::CleanDocument d;
  d.sections.push_back({});
  for (int i = 0; i < 2000; ++i) {
    const std::string p = "Nämnden har inte fullt ut säkerställt en ändamålsenlig styrning.";
    const size_t begin = d.text.size();
    d.text += p + "\n";
    nlp::CleanBlock b;
    b.page = 1 + i / 40;
    b.span = {begin, begin + p.size()};
    d.blocks.push_back(b);
  }
  const std::vector<double> t = rule_seconds(set, d);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_GT(t[1], 5 * t[0]) << t[0] << " s vs " << t[1] << " s";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gransk::rules
