#include "text_table.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace gransk::cli {
namespace {

size_t chars(const std::string& s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

std::string text_table(const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> width(header.size(), 0);
  for (size_t c = 0; c < header.size(); ++c) width[c] = chars(header[c]);
  for (const auto& r : rows)
    for (size_t c = 0; c < r.size() && c < width.size(); ++c)
      width[c] = std::max(width[c], chars(r[c]));
  // Appended in place: a register's table is some 30,000 rows.
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    out += ' ';
    for (size_t c = 0; c < cells.size() && c < width.size(); ++c) {
      out += ' ';
      out += cells[c];
      if (c + 1 < cells.size()) out.append(width[c] - chars(cells[c]) + 1, ' ');
    }
    out += '\n';
  };
  line(header);
  for (const auto& r : rows) line(r);
  return out;
}

std::string shorten(const std::string& text, size_t width) {
  if (chars(text) <= width) return text;
  size_t n = 0, i = 0;
  for (; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && n++ == width - 1) break;
  return text.substr(0, i) + "…";
}

std::string csv_field(std::string s) {
  // A spreadsheet runs a cell that starts like a formula; text from a PDF or a
  // query must stay text (OWASP, CSV injection), so such a cell starts with '.
  if (!s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos)
    s.insert(0, 1, '\'');
  const bool quote = s.find_first_of(",\"\r\n;") != std::string::npos;
  for (size_t p = 0; (p = s.find('"', p)) != std::string::npos; p += 2) s.insert(p, "\"");
  return quote ? "\"" + s + "\"" : s;
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  return out + "\n";
}

std::string age_text(int days) {
  if (days < 31) return std::to_string(days) + (days == 1 ? " dag" : " dagar");
  const int months = days * 12 / 365;
  if (months < 12) return std::to_string(months) + " mån";
  const int years = months / 12, rest = months % 12;
  return std::to_string(years) + " år" + (rest ? " " + std::to_string(rest) + " mån" : "");
}

std::string year_text(std::optional<int> year) { return year ? std::to_string(*year) : "–"; }

std::string decimal(double value, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

}  // namespace gransk::cli
