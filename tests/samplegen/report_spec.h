// What a generated sample report says: its metadata, questions with verdicts,
// recommendations and prose. Written in Gransk's own words, varied by a seed.
#pragma once

#include <random>
#include <string>
#include <vector>

namespace gransk::samplegen {

struct Question {
  std::string text;
  std::string verdict;  // ja | delvis | nej (gold scale)
  std::string theme;    // section title in the results chapter
  std::vector<std::string> findings;
  std::string assessment;  // the Bedömning section's first sentence
};

struct Footnote {
  int number = 0;
  std::string word;  // the word the marker is glued to
  std::string text;
};

struct ReportSpec {
  std::string stem;  // file name without extension
  std::string organisation, organisation_genitive, kommunkod, lan;
  std::string firm;
  int year = 0;
  std::string date;  // ISO
  std::string topic, title;
  std::string bullet;  // "•", "–", "►"
  std::string
      verdict_scale;  // "ja" (Ja/Delvis/Nej) or "uppfylld" (Uppfylld/Delvis uppfylld/Ej uppfylld)
  std::string overall_assessment;
  std::vector<std::string> background;  // may carry footnote markers as {N}
  std::string purpose;
  std::vector<std::string> criteria;
  std::vector<Question> questions;
  std::vector<std::string> recommendations;
  std::vector<Footnote> footnotes;
  std::vector<std::string> signatories;
};

ReportSpec make_report(std::mt19937& rng, int index);

// The verdict as the report's table prints it.
std::string verdict_label(const ReportSpec& r, const std::string& verdict);

}  // namespace gransk::samplegen
