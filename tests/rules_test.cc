// Rule files: loading, errors a rule author can act on, examples, matching.
#include "gransk/rules/rules.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "gransk/corpus/report.h"

namespace gransk::rules {
namespace {

std::filesystem::path temp_rules(const std::string& name, const std::string& toml) {
  const auto dir = std::filesystem::temp_directory_path() / ("gransk-rules-" + name);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "test.toml") << toml;
  return dir;
}

TEST(Rules, ShippedRulesLoadAndEveryExampleHolds) {
  const RuleSet set = load_rules({default_rules_dir()});
  for (const RuleError& e : set.errors) ADD_FAILURE() << e.text();
  EXPECT_GE(set.rules.size(), 25u);
  for (const RuleError& e : check_examples(set)) ADD_FAILURE() << e.text();
}

TEST(Rules, ErrorsNameFileAndLine) {
  const auto dir = temp_rules("errors",
                              "[[rule]]\n"
                              "id = \"x.bad\"\n"
                              "tag = \"question\"\n"
                              "pattern = '(?P<text>unclosed'\n"
                              "\n"
                              "[[rule]]\n"
                              "id = \"x.unit\"\n"
                              "tag = \"question\"\n"
                              "unit = \"paragraf\"\n"
                              "pattern = 'a'\n");
  const RuleSet set = load_rules({dir.string()});
  ASSERT_EQ(set.errors.size(), 2u);
  EXPECT_NE(set.errors[0].text().find("test.toml:1: x.bad: ogiltigt mönster"), std::string::npos)
      << set.errors[0].text();
  EXPECT_NE(set.errors[1].text().find("test.toml:6: x.unit: okänd unit"), std::string::npos)
      << set.errors[1].text();
  std::filesystem::remove_all(dir);
}

TEST(Rules, SyntaxErrorsNameTheLine) {
  const auto dir = temp_rules("syntax", "[[rule]]\nid = \"a\"\ntag = = \"b\"\n");
  const RuleSet set = load_rules({dir.string()});
  ASSERT_EQ(set.errors.size(), 1u);
  EXPECT_NE(set.errors[0].text().find("test.toml:3:"), std::string::npos) << set.errors[0].text();
  std::filesystem::remove_all(dir);
}

TEST(Rules, FailingExamplesAreReportedWithTheirLine) {
  const auto dir = temp_rules("examples",
                              "[[rule]]\n"
                              "id = \"x.q\"\n"
                              "tag = \"question\"\n"
                              "pattern = '^(?P<text>.+\\?)$'\n"
                              "match = [\"Finns en policy?\",\n"
                              "         \"Ingen fråga här.\"]\n"
                              "reject = [\"Är detta en fråga?\"]\n");
  const RuleSet set = load_rules({dir.string()});
  ASSERT_TRUE(set.errors.empty());
  const auto failures = check_examples(set);
  ASSERT_EQ(failures.size(), 2u);
  EXPECT_NE(failures[0].text().find("test.toml:6: x.q: exemplet matchar inte"), std::string::npos)
      << failures[0].text();
  EXPECT_NE(failures[1].text().find("test.toml:7: x.q: exemplet ska inte matcha"),
            std::string::npos)
      << failures[1].text();
  std::filesystem::remove_all(dir);
}

TEST(Rules, VerdictScalesMapOntoJaDelvisNej) {
  const RuleSet set = load_rules({default_rules_dir()});
  EXPECT_EQ(verdict_of(set, "Ja"), "ja");
  EXPECT_EQ(verdict_of(set, "Delvis uppfylld"), "delvis");
  EXPECT_EQ(verdict_of(set, "Ej uppfylld"), "nej");
  EXPECT_EQ(verdict_of(set, "inte hörsammats."), "nej");
  EXPECT_EQ(verdict_of(set, "DELVIS"), "delvis");
  EXPECT_EQ(verdict_of(set, "Se avsnitt 3"), "");
}

TEST(Rules, FindingsCarryRulePageAndSpan) {
  const auto dir = temp_rules("match",
                              "[[rule]]\n"
                              "id = \"x.rec\"\n"
                              "tag = \"recommendation\"\n"
                              "unit = \"list_item\"\n"
                              "lead_in = 'rekommenderar vi (?P<addressee>\\p{L}+) att:'\n"
                              "pattern = '^(?P<text>.+)$'\n");
  const RuleSet set = load_rules({dir.string()});
  ASSERT_TRUE(set.errors.empty());
  nlp::CleanDocument d;
  using extractor::BlockKind;
  const std::string lead = "Därför rekommenderar vi nämnden att:", a = "Revidera policyn.",
                    b = "Anta mål.";
  d.text = lead + "\n" + a + "\n" + b;
  const size_t a0 = lead.size() + 1, b0 = a0 + a.size() + 1;
  d.blocks = {{BlockKind::Paragraph, 2, {0, lead.size()}, 0, "", {}, 0},
              {BlockKind::ListItem, 2, {a0, a0 + a.size()}, 0, "•", {}, 0},
              {BlockKind::ListItem, 3, {b0, b0 + b.size()}, 0, "•", {}, 0}};
  d.sections.push_back({});
  const auto findings = match(set, d);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule_id, "x.rec");
  EXPECT_EQ(findings[0].text, "Revidera policyn.");
  EXPECT_EQ(findings[0].page, 2);
  EXPECT_EQ(d.text.substr(findings[1].span.begin, findings[1].span.size()), "Anta mål.");
  EXPECT_EQ(findings[1].page, 3);
  ASSERT_NE(findings[1].field("addressee"), nullptr);
  EXPECT_EQ(findings[1].field("addressee")->text, "nämnden");
  std::filesystem::remove_all(dir);
}

TEST(ReportPieces, SwedishDates) {
  EXPECT_EQ(corpus::parse_swedish_date("3 september 2019"), "2019-09-03");
  EXPECT_EQ(corpus::parse_swedish_date("31 maj 2024"), "2024-05-31");
  EXPECT_EQ(corpus::parse_swedish_date("2019-09-03"), "2019-09-03");
  EXPECT_EQ(corpus::parse_swedish_date("snart"), std::nullopt);
}

TEST(ReportPieces, TextSimilarityIgnoresCaseHyphensAndSpacing) {
  EXPECT_DOUBLE_EQ(corpus::text_similarity("Inför en  IT-policy.", "inför en it-policy"), 1.0);
  EXPECT_LT(corpus::text_similarity("Anta en policy", "Revidera riktlinjen för systemförvaltning"),
            0.3);
}

}  // namespace
}  // namespace gransk::rules
