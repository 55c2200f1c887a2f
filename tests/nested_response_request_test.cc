// A request set as a list point after a lead-in that names the same date is one
// request, not two: "Vi önskar svar senast den 28 februari 2023 på följande:" /
// "• Region Skånes revisorer önskar ett skriftligt svar från … senast den 28
// februari 2023." A rule that reads only the object of the request inside the
// point ("ett skriftligt svar … på rapportens rekommendationer") adds nothing.
#include <gtest/gtest.h>

#include "gransk/corpus/report.h"
#include "gransk/nlp/nlp.h"
#include "gransk/rules/rules.h"

namespace gransk::corpus {
namespace {

extractor::Block block(extractor::BlockKind kind, const std::string& text, int level = 0,
                       const std::string& number = "") {
  extractor::Block b;
  b.kind = kind;
  b.page = 2;
  b.text = text;
  b.level = level;
  b.number = number;
  return b;
}

TEST(NestedResponseRequest, APointThatAsksIsOneRequest) {
  using extractor::BlockKind;
  extractor::Document doc;
  doc.pages.resize(2);
  doc.pages[0].number = 1;
  doc.pages[1].number = 2;
  doc.blocks = {
      block(BlockKind::Heading, "Granskning av intern kontroll", 1),
      block(BlockKind::Paragraph,
            "KPMG har på uppdrag av de förtroendevalda revisorerna i Ljusdals kommun granskat "
            "kommunstyrelsens interna kontroll."),
      block(BlockKind::Heading, "Svar på rapporten", 1, "2"),
      block(BlockKind::Paragraph, "Vi önskar svar senast den 28 februari 2023 på följande:"),
      block(BlockKind::ListItem,
            "Region Skånes revisorer önskar ett skriftligt svar från hälso- och sjukvårdsnämnden "
            "och regionstyrelsen på rapportens rekommendationer senast den 28 februari 2023.",
            0, "•"),
  };
  extractor::Section root;
  root.end_block = 5;
  root.children = {1, 2};
  extractor::Section first;
  first.heading = 0;
  first.level = 1;
  first.first_block = 0;
  first.end_block = 2;
  extractor::Section second;
  second.heading = 2;
  second.level = 1;
  second.first_block = 2;
  second.end_block = 5;
  doc.sections = {root, first, second};
  const rules::RuleSet set = rules::load_rules({rules::default_rules_dir()});
  const nlp::CleanDocument clean = nlp::clean(doc);
  const std::vector<rules::Finding> findings = rules::match(set, clean);
  const Report r = build_report(doc, clean, set, findings);
  ASSERT_EQ(r.response_requests.size(), 1u);
  EXPECT_EQ(r.response_requests[0].due, "2023-02-28");
  EXPECT_EQ(r.response_requests[0].text.rfind("Region Skånes revisorer önskar", 0), 0u)
      << r.response_requests[0].text;
}

}  // namespace
}  // namespace gransk::corpus
