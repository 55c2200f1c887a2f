// ICU normalisation of Swedish report text.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "gransk/nlp/nlp.h"

namespace gransk::nlp {
namespace {

// Maps one code point to its replacement; -1 drops it.
UChar32 map_char(UChar32 c) {
  switch (c) {
    case 0x00AD:  // soft hyphen: a typesetting hint, not text
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return -1;
    case 0x2010:
    case 0x2011:
    case 0x00AF:
    case 0x2043:
      return '-';
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 0x2013;  // en dash for every dash
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      return '"';
    case 0x2022:
    case 0x25BA:
    case 0x25AA:
    case 0x25A0:
    case 0x25CF:
    case 0x25CB:
    case 0x25E6:
    case 0x27A2:
    case 0x25B6:
    case 0x2023:
      return 0x2022;
    case '\t':
    case '\n':
      return c;
    default:
      break;
  }
  if (c >= 0xE000 && c <= 0xF8FF) return 0x2022;  // private-use glyphs are bullets in these PDFs
  if (u_isWhitespace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007) return ' ';
  if (u_iscntrl(c)) return ' ';
  return c;
}

}  // namespace

std::string normalize(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString norm = U_SUCCESS(status) ? nfkc->normalize(in, status) : in;
  if (U_FAILURE(status)) norm = in;

  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < norm.length();) {
    const UChar32 c = norm.char32At(i);
    i += U16_LENGTH(c);
    const UChar32 m = map_char(c);
    if (m < 0) continue;
    if (m == ' ') {
      pending_space = true;
      continue;
    }
    if (m == '\n' || m == '\t') {
      // Separators swallow the spaces around them.
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ')
        out.truncate(out.length() - 1);
      out.append(m);
      pending_space = false;
      continue;
    }
    if (pending_space && out.length() > 0) {
      const UChar last = out.charAt(out.length() - 1);
      if (last != '\n' && last != '\t') out.append(UChar(' '));
    }
    pending_space = false;
    out.append(m);
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string fold_case(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) s = nfc->normalize(s, status);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace gransk::nlp
