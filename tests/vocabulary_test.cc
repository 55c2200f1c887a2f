// The domain's words in one place: every entry type and verdict has one key
// and one Swedish label, the key reads back as the word, and what a revisor
// types ("Fråga", "fragor", "Rekommendationer") is understood.
#include "gransk/corpus/vocabulary.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace gransk::corpus {
namespace {

TEST(Vocabulary, EveryEntryTypeHasOneKeyAndLabel) {
  std::set<std::string_view> keys, labels;
  for (EntryType t : kEntryTypes) {
    EXPECT_TRUE(keys.insert(key(t)).second) << key(t);
    EXPECT_TRUE(labels.insert(label(t)).second) << label(t);
    EXPECT_EQ(entry_type_from_key(key(t)), t);
    EXPECT_EQ(entry_type_from_text(key(t)), t);
    EXPECT_FALSE(heading(t).empty());
    EXPECT_FALSE(word(t).empty());
  }
  EXPECT_EQ(label(EntryType::Question), "Revisionsfråga");
  EXPECT_EQ(heading(EntryType::ResponseRequest), "Begärda svar");
  EXPECT_EQ(word(EntryType::FollowUp), "uppföljning");
}

TEST(Vocabulary, WhatARevisorTypes) {
  EXPECT_EQ(entry_type_from_text("Fråga"), EntryType::Question);
  EXPECT_EQ(entry_type_from_text("FRÅGOR"), EntryType::Question);
  EXPECT_EQ(entry_type_from_text("Rekommendationer"), EntryType::Recommendation);
  EXPECT_EQ(entry_type_from_text("uppföljning"), EntryType::FollowUp);
  EXPECT_EQ(entry_type_from_text("Svarsbegäran"), EntryType::ResponseRequest);
  EXPECT_EQ(entry_type_from_text("bedömning"), EntryType::Assessment);
  EXPECT_EQ(entry_type_from_text("rekomendation"), std::nullopt);  // misspelt: no match
  EXPECT_EQ(entry_type_from_key("Fråga"), std::nullopt);           // keys are exact
}

TEST(Vocabulary, Verdicts) {
  std::set<std::string_view> keys;
  for (Verdict v : kVerdicts) {
    EXPECT_TRUE(keys.insert(key(v)).second);
    EXPECT_EQ(verdict_from_key(key(v)), v);
  }
  EXPECT_EQ(label(Verdict::Partly), "Delvis");
  EXPECT_EQ(verdict_from_key("Delvis"), std::nullopt);
}

}  // namespace
}  // namespace gransk::corpus
