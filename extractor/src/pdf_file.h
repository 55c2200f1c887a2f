// Opening a PDF: checks that a revisor's error message can name, then Poppler.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "gransk/extractor/extractor.h"

class PDFDoc;

namespace gransk::extractor::detail {

Error make_error(ErrorKind kind, const std::string& path, std::string detail, int page = 0);

// What the bytes of the file say before Poppler reads it.
struct FileCheck {
  std::optional<Error> refuse;  // empty, not a PDF, truncated: not worth opening
  // Damage Poppler may repair (an xref offset a few bytes off): the file is
  // read, and this becomes the error only if Poppler cannot open it.
  std::optional<Error> suspect;
};
FileCheck check_file_structure(const std::string& path);

// Loads with Poppler; nullptr and `error` set when it cannot be read or is locked.
std::unique_ptr<PDFDoc> open_pdf(const std::string& path, Error& error);

// Poppler's complaints (syntax errors in content streams, fonts, xref) since
// the last call on this thread: how many, and the first one's text.
struct PopplerComplaints {
  int count = 0;
  std::string first;
};
PopplerComplaints take_poppler_complaints();

// Whether the page draws an image (an image XObject, also inside forms): a
// page with neither words nor images is not a scan.
bool page_has_images(PDFDoc& pdf, int page);

void read_info(PDFDoc& pdf, Document& doc);
void read_outline(PDFDoc& pdf, Document& doc);

}  // namespace gransk::extractor::detail
