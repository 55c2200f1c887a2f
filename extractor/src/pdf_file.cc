#include "pdf_file.h"

#include <poppler/Error.h>
#include <poppler/ErrorCodes.h>
#include <poppler/GlobalParams.h>
#include <poppler/Link.h>
#include <poppler/Outline.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <mutex>
#include <utility>

#include "internal.h"

namespace gransk::extractor::detail {
namespace {

// Poppler prints syntax errors to stderr; we count them instead, so that a
// page whose content stream is broken is reported as damage, in Swedish.
thread_local PopplerComplaints complaints;

void count_poppler_error(ErrorCategory category, Goffset, const char* msg) {
  if (category == errInternal || category == errIO) return;
  if (complaints.count++ == 0 && msg) complaints.first = msg;
}

// Poppler's core needs its global parameters (encodings, CMaps) once per process.
void init_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(count_poppler_error);
  });
}

// PDF text strings are UTF-16BE with a byte-order mark, or PDFDocEncoding
// (Latin-1 for every letter a Swedish report uses).
std::string pdf_text_to_utf8(const std::string& s) {
  std::string out;
  if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xFE &&
      static_cast<unsigned char>(s[1]) == 0xFF) {
    for (size_t i = 2; i + 1 < s.size(); i += 2) {
      uint32_t c = (static_cast<unsigned char>(s[i]) << 8) | static_cast<unsigned char>(s[i + 1]);
      if (c >= 0xD800 && c < 0xDC00 && i + 3 < s.size()) {
        const uint32_t lo =
            (static_cast<unsigned char>(s[i + 2]) << 8) | static_cast<unsigned char>(s[i + 3]);
        c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
      }
      append_utf8(out, c);
    }
  } else {
    for (unsigned char c : s) append_utf8(out, c);
  }
  return out;
}

std::string unicode_to_utf8(const Unicode* u, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) append_utf8(s, u[i]);
  return s;
}

std::optional<std::string> read_range(std::ifstream& in, std::streamoff from, std::streamsize n) {
  in.clear();
  in.seekg(from);
  std::string buf(static_cast<size_t>(n), '\0');
  in.read(buf.data(), n);
  buf.resize(static_cast<size_t>(in.gcount()));
  return buf;
}

}  // namespace

Error make_error(ErrorKind kind, const std::string& path, std::string detail, int page) {
  Error e;
  e.kind = kind;
  e.file = path;
  e.page = page;
  e.detail = std::move(detail);
  return e;
}

PopplerComplaints take_poppler_complaints() { return std::exchange(complaints, {}); }

FileCheck check_file_structure(const std::string& path) {
  FileCheck check;
  auto refuse = [&](ErrorKind kind, std::string detail) {
    check.refuse = make_error(kind, path, std::move(detail));
    return check;
  };
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return refuse(ErrorKind::Unreadable, "filen kunde inte öppnas");
  const std::streamoff size = in.tellg();
  if (size <= 0) return refuse(ErrorKind::EmptyFile, "filen är 0 byte");

  const std::string head = *read_range(in, 0, std::min<std::streamoff>(size, 1024));
  if (head.find("%PDF-") == std::string::npos)
    return refuse(ErrorKind::NotPdf, "filen saknar PDF-huvud (%PDF-)");

  // Producers and upload forms pad files after %%EOF; look well back.
  const std::streamoff tail_len = std::min<std::streamoff>(size, 64 * 1024);
  const std::string tail = *read_range(in, size - tail_len, tail_len);
  const size_t sx = tail.rfind("startxref");
  if (sx == std::string::npos)
    return refuse(ErrorKind::Damaged, "filen är avkortad: slutet av PDF-filen saknas");

  // The offset after startxref must point at "xref" or at an xref stream object.
  size_t p = sx + 9;
  while (p < tail.size() && std::isspace(static_cast<unsigned char>(tail[p]))) ++p;
  size_t q = p;
  while (q < tail.size() && std::isdigit(static_cast<unsigned char>(tail[q]))) ++q;
  const std::string digits = tail.substr(p, q - p);
  bool xref_ok = !digits.empty() && digits.size() < 16;
  bool inside = false;  // the offset lands in the file, if not on the xref
  if (xref_ok) {
    const std::streamoff offset = std::stoll(digits);
    xref_ok = inside = offset > 0 && offset < size;
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
  const bool has_eof = tail.find("%%EOF", sx) != std::string::npos;
  const Error xref_error = make_error(ErrorKind::Damaged, path,
                                      "korsreferenstabellen (xref) pekar fel; filen är skadad");
  // An offset outside the file with no end marker is a cut or overwritten
  // end; an offset a few bytes off inside a whole file is what Poppler repairs.
  if (!xref_ok && !(inside && has_eof)) return check.refuse = xref_error, check;
  if (!has_eof)
    return refuse(ErrorKind::Damaged, "filen är avkortad: slutmarkeringen %%EOF saknas");
  if (!xref_ok) check.suspect = xref_error;
  return check;
}

std::unique_ptr<PDFDoc> open_pdf(const std::string& path, Error& error) {
  init_poppler();
  auto pdf = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
  if (pdf->isOk()) return pdf;
  if (pdf->getErrorCode() == errEncrypted)
    error = make_error(ErrorKind::Encrypted, path, "filen kräver ett lösenord för att öppnas");
  else if (pdf->getErrorCode() == errOpenFile)
    error = make_error(ErrorKind::Unreadable, path, "filen kunde inte öppnas");
  else
    error = make_error(ErrorKind::Damaged, path, "PDF-strukturen kunde inte läsas");
  return nullptr;
}

namespace {
bool resources_have_images(Dict* resources, int depth) {
  if (!resources || depth > 3) return false;
  Object xobjects = resources->lookup("XObject");
  if (!xobjects.isDict()) return false;
  for (int i = 0; i < xobjects.dictGetLength(); ++i) {
    Object x = xobjects.dictGetVal(i);
    if (!x.isStream()) continue;
    Dict* dict = x.streamGetDict();
    Object subtype = dict->lookup("Subtype");
    if (subtype.isName("Image")) return true;
    if (subtype.isName("Form")) {
      Object inner = dict->lookup("Resources");
      if (inner.isDict() && resources_have_images(inner.getDict(), depth + 1)) return true;
    }
  }
  return false;
}
}  // namespace

bool page_has_images(PDFDoc& pdf, int page) {
  ::Page* p = pdf.getPage(page);
  return p && resources_have_images(p->getResourceDict(), 0);
}

void read_info(PDFDoc& pdf, Document& doc) {
  Object info = pdf.getDocInfo();
  if (!info.isDict()) return;
  Dict* dict = info.getDict();
  for (int i = 0; i < dict->getLength(); ++i) {
    Object value = dict->getVal(i);
    if (!value.isString()) continue;
    std::string text = pdf_text_to_utf8(value.getString()->toStr());
    if (!text.empty()) doc.info[dict->getKey(i)] = std::move(text);
  }
}

namespace {
int destination_page(PDFDoc& pdf, const ::OutlineItem& item) {
  const LinkAction* action = item.getAction();
  if (!action || action->getKind() != actionGoTo) return 0;
  const auto* go = static_cast<const LinkGoTo*>(action);
  std::unique_ptr<LinkDest> dest;
  if (go->getDest())
    dest = std::make_unique<LinkDest>(*go->getDest());
  else if (go->getNamedDest())
    dest = pdf.findDest(go->getNamedDest());
  if (!dest) return 0;
  return dest->isPageRef() ? pdf.findPage(dest->getPageRef()) : dest->getPageNum();
}

void read_items(PDFDoc& pdf, const std::vector<::OutlineItem*>* items,
                std::vector<OutlineItem>& out, int depth) {
  if (!items || depth > 16) return;
  for (::OutlineItem* item : *items) {
    OutlineItem o;
    o.title = unicode_to_utf8(item->getTitle(), item->getTitleLength());
    o.page = destination_page(pdf, *item);
    item->open();
    read_items(pdf, item->getKids(), o.children, depth + 1);
    out.push_back(std::move(o));
  }
}
}  // namespace

void read_outline(PDFDoc& pdf, Document& doc) {
  Outline* outline = pdf.getOutline();
  if (outline) read_items(pdf, outline->getItems(), doc.outline, 0);
}

}  // namespace gransk::extractor::detail
