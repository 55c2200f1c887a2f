#include "pdf_file.h"

#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-toc.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

#include "internal.h"

namespace gransk::extractor::detail {
namespace {

// Poppler prints syntax errors to stderr; we report our own, in Swedish.
void silence_poppler(const std::string&, void*) {}

std::optional<std::string> read_range(std::ifstream& in, std::streamoff from, std::streamsize n) {
  in.clear();
  in.seekg(from);
  std::string buf(static_cast<size_t>(n), '\0');
  in.read(buf.data(), n);
  buf.resize(static_cast<size_t>(in.gcount()));
  return buf;
}

Error make_error(ErrorKind kind, const std::string& path, std::string detail) {
  Error e;
  e.kind = kind;
  e.file = path;
  e.detail = std::move(detail);
  return e;
}

}  // namespace

std::optional<Error> check_file_structure(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return make_error(ErrorKind::Unreadable, path, "filen kunde inte öppnas");
  const std::streamoff size = in.tellg();
  if (size <= 0) return make_error(ErrorKind::EmptyFile, path, "filen är 0 byte");

  const std::string head = *read_range(in, 0, std::min<std::streamoff>(size, 1024));
  if (head.find("%PDF-") == std::string::npos)
    return make_error(ErrorKind::NotPdf, path, "filen saknar PDF-huvud (%PDF-)");

  const std::streamoff tail_len = std::min<std::streamoff>(size, 2048);
  const std::string tail = *read_range(in, size - tail_len, tail_len);
  const size_t sx = tail.rfind("startxref");
  if (sx == std::string::npos)
    return make_error(ErrorKind::Damaged, path, "filen är avkortad: slutet av PDF-filen saknas");

  // The offset after startxref must point at "xref" or at an xref stream object.
  size_t p = sx + 9;
  while (p < tail.size() && std::isspace(static_cast<unsigned char>(tail[p]))) ++p;
  size_t q = p;
  while (q < tail.size() && std::isdigit(static_cast<unsigned char>(tail[q]))) ++q;
  const std::string digits = tail.substr(p, q - p);
  bool xref_ok = !digits.empty() && digits.size() < 16;
  if (xref_ok) {
    const std::streamoff offset = std::stoll(digits);
    xref_ok = offset > 0 && offset < size;
    if (xref_ok) {
      const std::string at = *read_range(in, offset, 32);
      size_t i = 0;
      while (i < at.size() && std::isspace(static_cast<unsigned char>(at[i]))) ++i;
      const bool table = at.compare(i, 4, "xref") == 0;
      const bool stream = i < at.size() && std::isdigit(static_cast<unsigned char>(at[i])) &&
                          at.find("obj") != std::string::npos;
      xref_ok = table || stream;
    }
  }
  if (!xref_ok)
    return make_error(ErrorKind::Damaged, path,
                      "korsreferenstabellen (xref) pekar fel; filen är skadad");
  if (tail.find("%%EOF", sx) == std::string::npos)
    return make_error(ErrorKind::Damaged, path, "filen är avkortad: slutmarkeringen %%EOF saknas");
  return std::nullopt;
}

std::unique_ptr<poppler::document> open_pdf(const std::string& path, Error& error) {
  poppler::set_debug_error_function(silence_poppler, nullptr);
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(path));
  if (!pdf) {
    error = make_error(ErrorKind::Damaged, path, "PDF-strukturen kunde inte läsas");
    return nullptr;
  }
  if (pdf->is_locked()) {
    error = make_error(ErrorKind::Encrypted, path, "filen kräver ett lösenord för att öppnas");
    return nullptr;
  }
  return pdf;
}

void read_info(const poppler::document& pdf, Document& doc) {
  for (const std::string& key : pdf.info_keys()) {
    std::string value = utf8(pdf.info_key(key).to_utf8());
    if (!value.empty()) doc.info[key] = value;
  }
}

namespace {
void read_toc_items(const poppler::toc_item* item, std::vector<OutlineItem>& out) {
  for (const poppler::toc_item* child : item->children()) {
    OutlineItem o;
    o.title = utf8(child->title().to_utf8());
    read_toc_items(child, o.children);
    out.push_back(std::move(o));
  }
}
}  // namespace

void read_outline(const poppler::document& pdf, Document& doc) {
  std::unique_ptr<poppler::toc> toc(pdf.create_toc());
  if (toc && toc->root()) read_toc_items(toc->root(), doc.outline);
}

}  // namespace gransk::extractor::detail
