#include "archive_options.h"

#include <QDate>
#include <filesystem>
#include <iostream>
#include <regex>

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
