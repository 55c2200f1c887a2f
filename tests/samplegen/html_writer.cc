#include "html_writer.h"

#include <fstream>

#include "pdf_writer.h"

namespace gransk::samplegen {
namespace {

std::string escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else if (c == '\n')
      out += "<br>";
    else
      out += c;
  }
  return out;
}

}  // namespace

HtmlWriter::HtmlWriter(const std::string& path, const PageFurniture& furniture) : path_(path) {
  html_ = "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" +
          escaped(furniture.header_left2.empty() ? furniture.header_left : furniture.header_left2) +
          "</title><style>body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt}"
          "table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4pt;"
          "vertical-align:top;text-align:left}</style></head><body>\n";
}

void HtmlWriter::cover(const std::string& firm, const std::string& title,
                       const std::string& organisation, const std::string& subtitle,
                       const std::string& date) {
  html_ += "<p><b>" + escaped(firm) + "</b></p>\n<p>" + escaped(subtitle) + "</p>\n<h1>" +
           escaped(title) + "</h1>\n<p>" + escaped(organisation) + "</p>\n<p>" + escaped(date) +
           "</p>\n<p style=\"page-break-after:always\"></p>\n";
}

void HtmlWriter::heading(int level, const std::string& number, const std::string& text) {
  const std::string h = "h" + std::to_string(level + 1);
  html_ += "<" + h + ">" + escaped(number.empty() ? text : number + " " + text) + "</" + h + ">\n";
}

void HtmlWriter::paragraph(const std::string& text) { html_ += "<p>" + escaped(text) + "</p>\n"; }

void HtmlWriter::list(const std::string& bullet, const std::vector<std::string>& items) {
  // The word processor sets the marks: numbers for "1.", its bullet otherwise.
  const std::string tag = bullet == "1." ? "ol" : "ul";
  html_ += "<" + tag + ">\n";
  for (const std::string& it : items) html_ += "<li>" + escaped(it) + "</li>\n";
  html_ += "</" + tag + ">\n";
}

void HtmlWriter::table(const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows,
                       const std::vector<double>& widths) {
  html_ += "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n<tr>";
  for (size_t c = 0; c < header.size(); ++c)
    html_ += "<th" +
             (c < widths.size() ? " width=\"" + std::to_string(static_cast<int>(widths[c])) + "\""
                                : std::string()) +
             ">" + escaped(header[c]) + "</th>";
  html_ += "</tr>\n";
  for (const auto& row : rows) {
    html_ += "<tr>";
    for (const std::string& cell : row) html_ += "<td>" + escaped(cell) + "</td>";
    html_ += "</tr>\n";
  }
  html_ += "</table>\n<p></p>\n";
}

void HtmlWriter::finish() {
  if (done_) return;
  done_ = true;
  std::ofstream(path_) << html_ << "</body></html>\n";
}

}  // namespace gransk::samplegen
