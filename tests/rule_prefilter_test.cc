// The rules' one-pass set (RE2::Set) only says which rules can match a unit:
// with it or without it, the shipped rules find exactly the same things in
// real reports, and rules changed after loading are never filtered by a stale set.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "corpus_fixture.h"
#include "gransk/rules/rules.h"
#include "prefilter.h"  // rules/src: to build the set at once

namespace gransk::rules {
namespace {

std::string described(const Finding& f) {
  std::string s = f.rule_id + " " + std::to_string(f.span.begin) + "-" +
                  std::to_string(f.span.end) + " p" + std::to_string(f.page) + " " + f.text;
  for (const Field& x : f.fields) s += " [" + x.name + "=" + x.text + "]";
  return s;
}

std::vector<std::string> described(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const Finding& f : fs) out.push_back(described(f));
  return out;
}

TEST(RulePrefilter, SameFindingsWithAndWithoutTheSet) {
  const RuleSet with = load_rules({default_rules_dir()});
  ASSERT_TRUE(with.errors.empty());
  ASSERT_TRUE(with.prefilter);
  ASSERT_NE(with.prefilter->build_now(with.rules), nullptr)
      << "the shipped rules must compile into sets";
  RuleSet without = with;
  without.prefilter.reset();
  std::vector<std::filesystem::path> pdfs;
  for (const auto& p : test::corpus_pdfs_with_gold())  // OCR adds time, not other text
    if (p.string().find(".scanned.") == std::string::npos) pdfs.push_back(p);
  for (const auto& e : std::filesystem::directory_iterator(GRANSK_DEVSET_DIR "/real/dev"))
    if (e.path().extension() == ".pdf") pdfs.push_back(e.path());
  ASSERT_GE(pdfs.size(), 10u);
  size_t findings = 0;
  for (const auto& pdf : pdfs) {
    const test::Extracted& x = test::extract_cached(pdf);
    const std::vector<std::string> a = described(match(with, x.clean));
    EXPECT_EQ(a, described(match(without, x.clean))) << pdf;
    findings += a.size();
  }
  EXPECT_GT(findings, 100u);
}

TEST(RulePrefilter, RulesChangedAfterLoadingAreAllAsked) {
  const auto dir = std::filesystem::temp_directory_path() / "gransk-rule-prefilter";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.toml") << "[[rule]]\nid = \"x.a\"\ntag = \"recommendation\"\n"
                                   "pattern = '(?i)vi rekommenderar (?P<text>[^.]+)'\n";
  RuleSet set = load_rules({dir.string()});
  ASSERT_TRUE(set.errors.empty());
  ASSERT_NE(set.prefilter->build_now(set.rules), nullptr);
  // A second rule added by hand (as tests and tools do): the set knows only the first.
  std::filesystem::create_directories(dir / "b");
  std::ofstream(dir / "b" / "b.toml") << "[[rule]]\nid = \"x.b\"\ntag = \"recommendation\"\n"
                                         "pattern = '(?i)nämnden bör (?P<text>[^.]+)'\n";
  const RuleSet other = load_rules({(dir / "b").string()});
  ASSERT_TRUE(other.errors.empty());
  set.rules.push_back(other.rules[0]);
  nlp::CleanDocument d;
  d.sections.push_back({});
  d.text = "Nämnden bör se över rutinerna. Vi rekommenderar en plan.";
  nlp::CleanBlock b;
  b.page = 1;
  b.span = {0, d.text.size()};
  d.blocks.push_back(b);
  const size_t first_end = d.text.find('.') + 1;
  d.sentences = {{0, first_end}, {first_end + 1, d.text.size()}};
  const std::vector<Finding> found = match(set, d);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].rule_id, "x.b");
  EXPECT_EQ(found[0].text, "se över rutinerna");
  EXPECT_EQ(found[1].rule_id, "x.a");
  std::filesystem::remove_all(dir);
}

// One document is matched rule by rule (building the sets would cost it more
// than they save); the set comes in once a batch has begun.
TEST(RulePrefilter, BuiltOnlyOnceABatchHasBegun) {
  const RuleSet set = load_rules({default_rules_dir()});
  ASSERT_TRUE(set.prefilter);
  for (int i = 0; i < detail::LazyPrefilter::kDocumentsBefore; ++i)
    EXPECT_EQ(set.prefilter->for_document(set.rules), nullptr) << "document " << i;
  EXPECT_NE(set.prefilter->for_document(set.rules), nullptr);
}

}  // namespace
}  // namespace gransk::rules
