// The register's rules over plain rows, no archive: a revisor's decision beats
// the automatic link, an earlier recommendation known only from a follow-up is
// tracked on its own and dated by the audit the follow-up names, the latest
// follow-up gives the status, a follow-up's own recommendation that repeats an
// unresolved one says so, due dates come from unanswered requests, an answer
// document answers its organisation's report, and the organisation filter.
#include "gransk/corpus/register_build.h"

#include <gtest/gtest.h>

namespace gransk::corpus {
namespace {

RegisterReport report(int64_t id, const std::string& title, int year, const std::string& date,
                      const std::string& type = "granskning") {
  RegisterReport r;
  r.ref.id = id;
  r.ref.title = title;
  r.ref.year = year;
  r.ref.date = date;
  r.ref.report_type = type;
  r.sha256 = "sha" + std::to_string(id);
  r.organisation = "Sala kommun";
  r.kommunkod = "1907";
  r.org_key = organisation_key(r.organisation, r.kommunkod);
  return r;
}

// Report 1 (2021) gives two recommendations; follow-up 2 (2023) follows up
// both and one the archive does not have.
RegisterInput audit_and_follow_up() {
  RegisterInput in;
  in.reports[1] = report(1, "Granskning av intern kontroll", 2021, "2021-03-10");
  RegisterReport f = report(2, "Uppföljning av granskning av intern kontroll", 2023, "2023-04-01",
                            "uppföljande granskning");
  f.ref.follows_up_title = "granskning av intern kontroll";
  f.ref.follows_up_year = 2021;
  in.reports[2] = f;
  in.recommendations[1] = {
      {"Upprätta en riskanalys som grund för internkontrollplanen", "", "", 4},
      {"Dokumentera uppföljningen av kontrollerna i internkontrollplanen", "", "", 4}};
  in.followup_items[2] = {
      {"Upprätta en riskanalys som grund för internkontrollplanen", "ja", "", 3},
      {"Dokumentera uppföljningen av kontrollerna i internkontrollplanen", "delvis", "", 3},
      {"Utbilda chefer i attestreglementet och behörighetsrutinerna", "nej", "", 3}};
  return in;
}

const RegisterEntry* entry(const Register& r, const std::string& id) {
  for (const RegisterEntry& e : r.recommendations)
    if (e.id == id) return &e;
  return nullptr;
}

TEST(RegisterBuild, FollowUpGivesStatusesAndTracksWhatTheArchiveLacks) {
  const Register r = build_register(audit_and_follow_up(), {}, "2024-07-01");
  ASSERT_NE(entry(r, "1.1"), nullptr);
  EXPECT_EQ(entry(r, "1.1")->status, RecommendationStatus::Resolved);
  EXPECT_EQ(entry(r, "1.2")->status, RecommendationStatus::Partly);
  EXPECT_EQ(entry(r, "1.1")->history.front().link, "automatisk");
  // Known only from the follow-up: its own entry, dated 1 July of the year it names.
  const RegisterEntry* own = entry(r, "2.u3");
  ASSERT_NE(own, nullptr);
  EXPECT_TRUE(own->from_followup);
  EXPECT_EQ(own->status, RecommendationStatus::NotResolved);
  EXPECT_EQ(own->age_days, days_between("2021-07-01", "2024-07-01"));
  // Unresolved first.
  EXPECT_NE(r.recommendations.front().status, RecommendationStatus::Resolved);
}

TEST(RegisterBuild, ARevisorsDecisionBeatsTheAutomaticLink) {
  RegisterInput in = audit_and_follow_up();
  in.decisions[{"sha2", 1}] = {"flytta", "sha1", "r", 2};  // item 1 to recommendation 1.2
  in.decisions[{"sha2", 2}] = {"ta-bort", "", "", 0};      // item 2 on its own
  const Register r = build_register(in, {}, "2024-07-01");
  EXPECT_EQ(entry(r, "1.2")->status, RecommendationStatus::Resolved);
  EXPECT_EQ(entry(r, "1.2")->history.front().link, "flyttad");
  EXPECT_EQ(entry(r, "1.1")->status, RecommendationStatus::Open);
  ASSERT_NE(entry(r, "2.u2"), nullptr);
  EXPECT_EQ(entry(r, "2.u2")->history.front().link, "skapad");
  const std::vector<LinkRow> links = followup_links(in, 2);
  ASSERT_EQ(links.size(), 3u);
  EXPECT_EQ(links[0].target, "1.2");
  EXPECT_EQ(links[1].target, "2.u2");
}

TEST(RegisterBuild, AFollowUpsOwnRecommendationSaysWhatItRepeats) {
  RegisterInput in = audit_and_follow_up();
  in.recommendations[2] = {
      {"Dokumentera uppföljningen av kontrollerna i internkontrollplanen", "", "", 5}};
  const Register r = build_register(in, {}, "2024-07-01");
  ASSERT_NE(entry(r, "2.1"), nullptr);
  EXPECT_EQ(entry(r, "2.1")->restates, "1.2");
}

TEST(RegisterBuild, RequestsGiveDueDatesUntilAnswered) {
  RegisterInput in = audit_and_follow_up();
  in.followup_items.clear();
  in.requests[1] = {{"Svar på rapportens rekommendationer", "", "2021-06-30", 1}};
  Register r = build_register(in, {}, "2021-09-01");
  ASSERT_EQ(r.requests.size(), 1u);
  EXPECT_TRUE(r.requests[0].overdue);
  EXPECT_EQ(r.requests[0].days_overdue, 63);
  EXPECT_EQ(entry(r, "1.1")->due.value_or(""), "2021-06-30");
  EXPECT_TRUE(entry(r, "1.1")->overdue);
  // The board's answer document on the same subject answers the report's requests.
  in.reports[3] = report(3, "Svar på revisionsrapport om intern kontroll", 2021, "2021-08-20",
                         "svar på revisionsrapport");
  r = build_register(in, {}, "2021-09-01");
  ASSERT_TRUE(r.requests[0].answer.has_value());
  EXPECT_EQ(r.requests[0].answer->date, "2021-08-20");
  EXPECT_FALSE(r.requests[0].overdue);
  EXPECT_FALSE(entry(r, "1.1")->overdue);
}

TEST(RegisterBuild, FilteredToOneOrganisationByAnyOfItsNames) {
  RegisterInput in = audit_and_follow_up();
  RegisterReport other = report(4, "Granskning av bygglov", 2022, "2022-05-01");
  other.organisation = "Heby kommun";
  other.kommunkod = "0331";
  other.org_key = organisation_key(other.organisation, other.kommunkod);
  in.reports[4] = other;
  in.recommendations[4] = {{"Korta handläggningstiderna för bygglov", "", "", 2}};
  auto only = [](const std::string& kommun) {
    RegisterFilter f;
    f.kommun = kommun;
    return f;
  };
  for (const std::string filter : {"Sala", "Sala kommun", "1907", "sala"}) {
    const Register r = build_register(in, only(filter), "2024-07-01");
    EXPECT_EQ(entry(r, "4.1"), nullptr) << filter;
    EXPECT_NE(entry(r, "1.1"), nullptr) << filter;
  }
  EXPECT_NE(entry(build_register(in, only("Heby"), "2024-07-01"), "4.1"), nullptr);
}

TEST(RegisterBuild, DaysBetweenIsoDates) {
  EXPECT_EQ(days_between("2024-02-28", "2024-03-01"), 2);
  EXPECT_EQ(days_between("2024-03-01", "2024-02-28"), -2);
  EXPECT_EQ(days_between("2024-02-30", "2024-03-01"), 0);
  EXPECT_EQ(days_between("2024", "2024-03-01"), 0);
  EXPECT_EQ(days_between("2023-07-01T10:00:00", "2024-07-01"), 366);
}

}  // namespace
}  // namespace gransk::corpus
