// The record a worker sends to the parent: what goes in comes out, and bytes
// cut anywhere are refused rather than read as a shorter report.
#include <gtest/gtest.h>

#include "gransk/index/report_record.h"

namespace gransk::index {
namespace {

ReportRecord sample() {
  ReportRecord r;
  r.organisation = "Tierps kommun";
  r.org_kind = "kommun";
  r.kommunkod = "0360";
  r.year = 2021;
  r.date = "2021-03-04";
  r.firm = "KPMG";
  r.title = "Granskning av informationssäkerhet";
  r.report_type = "granskning";
  r.pages = 12;
  r.body = std::string("Revisionsfråga: Är styrningen ändamålsenlig?\nNej.\0mitt", 55);
  r.follows_up_year = 2018;
  StoredEntry q;
  q.type = "fraga";
  q.text = "Är styrningen ändamålsenlig?";
  q.verdict = "nej";
  q.rule_id = "question.label";
  q.page = 3;
  q.span_begin = 16;
  q.span_end = 47;
  q.section = "Revisionsfrågor";
  r.entries.push_back(q);
  StoredEntry t;
  t.type = "text";
  t.text = "Nej.";
  t.page = 3;
  r.entries.push_back(t);
  r.warnings = {"korsreferenstabellen (xref) pekade fel; Poppler reparerade den"};
  return r;
}

TEST(ReportRecord, RoundTripsEveryField) {
  const ReportRecord in = sample();
  ReportRecord out;
  ASSERT_TRUE(decode(encode(in), out));
  EXPECT_EQ(out.organisation, in.organisation);
  EXPECT_EQ(out.kommunkod, in.kommunkod);
  EXPECT_EQ(out.year, in.year);
  EXPECT_EQ(out.firm, in.firm);
  EXPECT_EQ(out.addressee, std::nullopt);
  EXPECT_EQ(out.report_type, "granskning");
  EXPECT_EQ(out.pages, 12);
  EXPECT_EQ(out.body, in.body);
  EXPECT_EQ(out.follows_up_year, 2018);
  EXPECT_EQ(out.follows_up_title, std::nullopt);
  ASSERT_EQ(out.entries.size(), 2u);
  EXPECT_EQ(out.entries[0].text, in.entries[0].text);
  EXPECT_EQ(out.entries[0].verdict, "nej");
  EXPECT_EQ(out.entries[0].rule_id, "question.label");
  EXPECT_EQ(out.entries[0].span_end, 47u);
  EXPECT_EQ(out.entries[0].section, "Revisionsfrågor");
  EXPECT_EQ(out.entries[1].rule_id, std::nullopt);
  EXPECT_EQ(out.warnings, in.warnings);
}

TEST(ReportRecord, CutOrForeignBytesAreRefused) {
  const std::string bytes = encode(sample());
  ReportRecord out;
  for (size_t n = 0; n < bytes.size(); ++n)
    EXPECT_FALSE(decode(std::string_view(bytes).substr(0, n), out)) << "cut at " << n;
  EXPECT_FALSE(decode(bytes + "x", out));
  std::string wrong = bytes;
  wrong[0] ^= 1;
  EXPECT_FALSE(decode(wrong, out));
}

}  // namespace
}  // namespace gransk::index
