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

TEST(ReportRecord, IndexTokensRoundTrip) {
  ReportRecord in = sample();
  add_index_tokens(in);
  ASSERT_TRUE(in.entries[0].index_tokens);
  ASSERT_GT(in.entries[0].index_tokens->size(), 3u);
  ReportRecord out;
  ASSERT_TRUE(decode(encode(in), out));
  ASSERT_TRUE(out.entries[0].index_tokens);
  const auto& a = *in.entries[0].index_tokens;
  const auto& b = *out.entries[0].index_tokens;
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].text, b[i].text);
    EXPECT_EQ(a[i].begin, b[i].begin);
    EXPECT_EQ(a[i].end, b[i].end);
    EXPECT_EQ(a[i].colocated, b[i].colocated);
  }
  EXPECT_FALSE(sample().entries[0].index_tokens);  // none unless asked for
}

TEST(ReportRecord, ATokenBeyondItsTextIsRefused) {
  ReportRecord in = sample();
  in.entries[1].index_tokens = std::vector<IndexToken>{{"nej", 0, 99, false}};
  ReportRecord out;
  EXPECT_FALSE(decode(encode(in), out));
  in.entries[1].index_tokens = std::vector<IndexToken>{{"nej", 0, 3, true}};
  EXPECT_FALSE(decode(encode(in), out));  // colocated with nothing before it
}

TEST(ReportRecord, CutOrForeignBytesAreRefused) {
  ReportRecord with_tokens = sample();
  add_index_tokens(with_tokens);
  const std::string bytes = encode(with_tokens);
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
