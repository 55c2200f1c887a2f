#include "archive_options.h"

#include <QDate>
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <regex>
#include <set>
#include <vector>

#include "gransk/nlp/nlp.h"

namespace gransk::cli {

void add_db_option(CLI::App* cmd, std::string& path) {
  cmd->add_option("--db", path, "Arkivfil (standard: $GRANSK_DB eller användarens datakatalog)");
}

std::unique_ptr<index::Archive> open_archive(const std::string& path, bool filling) {
  std::string error;
  const std::string file = path.empty() ? index::Archive::default_path() : path;
  std::error_code ec;
  const bool existed = std::filesystem::exists(file, ec);
  auto a = index::Archive::open(file, error);
  if (!a) {
    std::cerr << "gransk: " << error << "\n";
  } else if (!existed) {
    // Every command on a new archive would otherwise answer "0 träffar" as
    // if the reports were not there: say where the archive is and that it is empty.
    std::cerr << "gransk: " << kNewArchiveNote << " " << file;
    if (!filling) std::cerr << " (läs in rapporter med gransk ingest --db " << file << " MAPP)";
    std::cerr << "\n";
  }
  return a;
}

namespace {

// Edit distance in characters (UTF-8 code points), case folded.
size_t distance(const std::string& a, const std::string& b) {
  auto chars = [](const std::string& s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
      size_t n = 1;
      while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
      out.push_back(s.substr(i, n));
      i += n;
    }
    return out;
  };
  const auto x = chars(nlp::fold_case(a)), y = chars(nlp::fold_case(b));
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

}  // namespace

bool organisation_known(const index::Archive& archive, const std::string& filter,
                        const char* command) {
  if (filter.empty() || !archive.reports(filter, "", "", std::nullopt, std::nullopt).empty())
    return true;
  // The nearest names: measured against the name and against its first word
  // ("Tierpp" is one letter from "Tierps", the start of "Tierps kommun").
  std::set<std::string> names;
  for (const index::ReportRow& r : archive.reports()) names.insert(r.organisation);
  std::vector<std::pair<size_t, std::string>> near;
  for (const std::string& n : names) {
    const std::string first = n.substr(0, n.find(' '));
    near.push_back({std::min(distance(filter, n), distance(filter, first)), n});
  }
  std::sort(near.begin(), near.end());
  std::cerr << "gransk " << command << ": ingen organisation i arkivet heter \"" << filter << "\"";
  std::string list;
  for (size_t i = 0; i < near.size() && i < 3 && near[i].first <= 3; ++i)
    list += (list.empty() ? "" : ", ") + near[i].second;
  if (!list.empty()) std::cerr << " (närmast: " << list << ")";
  std::cerr << "\n";
  return false;
}

std::string today_iso() {
  if (const char* env = std::getenv("GRANSK_IDAG"); env && *env) return env;
  return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

std::optional<int> parse_age(const std::string& text) {
  static const std::regex re(R"(^\s*(\d{1,4})\s*(y|år|ar|m|mån|man|månader|d|dagar|dag)?\s*$)");
  std::smatch m;
  if (!std::regex_match(text, m, re)) return std::nullopt;
  const int n = std::stoi(m[1].str());
  const std::string unit = m[2].str();
  if (unit.empty() || unit == "y" || unit == "år" || unit == "ar") return n * 365;
  if (unit[0] == 'm') return n * 365 / 12;
  return n;
}

bool parse_year_range(const std::string& text, std::optional<int>& from, std::optional<int>& to) {
  if (text.empty()) return true;
  const size_t dots = text.find("..");
  try {
    if (dots == std::string::npos) {
      from = to = std::stoi(text);
    } else {
      if (dots > 0) from = std::stoi(text.substr(0, dots));
      if (dots + 2 < text.size()) to = std::stoi(text.substr(dots + 2));
    }
  } catch (const std::exception&) {
    return false;
  }
  return true;
}

}  // namespace gransk::cli
