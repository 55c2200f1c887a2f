// Plain-text tables and CSV fields for terminal and machine output.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace gransk::cli {

// Columns padded to their widest cell (counted in characters, not bytes).
std::string text_table(const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows);
// At most `width` characters, ending in "…" when cut.
std::string shorten(const std::string& text, size_t width);
// The one way a CSV cell is written: quoted when it holds , ; " or a line
// break, and with a leading ' when it starts with = + - @ TAB or CR, so that a
// spreadsheet shows it instead of running it as a formula.
std::string csv_field(std::string s);
std::string csv_row(const std::vector<std::string>& fields);
// "6 år 2 mån", "5 mån", "12 dagar".
std::string age_text(int days);
// "2021", or "–" when the year is not known.
std::string year_text(std::optional<int> year);
// "0,87"
std::string decimal(double value, int decimals = 2);

}  // namespace gransk::cli
