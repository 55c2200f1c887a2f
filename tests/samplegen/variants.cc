#include "variants.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <iostream>

#include "html_writer.h"
#include "pdf_writer.h"

namespace gransk::samplegen {
namespace {

namespace fs = std::filesystem;

enum class Kind { Question, Recommendation, Followup, Request };

struct Item {
  std::string text, value;  // value: verdict, status or due date (ISO)
};

struct Group {
  Kind kind;
  std::vector<Item> items;  // up to three, from one document, in its order
  std::string source;       // the gold file's stem
};

std::string str(const QJsonValue& v) { return v.isString() ? v.toString().toStdString() : ""; }

// "2021-06-30" -> "30 juni 2021", as a missiv writes it.
std::string written_date(const std::string& iso) {
  static const std::array<const char*, 12> months = {
      "januari", "februari", "mars",      "april",   "maj",      "juni",
      "juli",    "augusti",  "september", "oktober", "november", "december"};
  if (iso.size() != 10) return iso;
  const int m = std::stoi(iso.substr(5, 2)), d = std::stoi(iso.substr(8, 2));
  if (m < 1 || m > 12) return iso;
  return std::to_string(d) + " " + months[static_cast<size_t>(m - 1)] + " " + iso.substr(0, 4);
}

bool starts_lower(const std::string& s) {
  return !s.empty() && (std::islower(static_cast<unsigned char>(s[0])) || s.rfind("å", 0) == 0 ||
                        s.rfind("ä", 0) == 0 || s.rfind("ö", 0) == 0);
}

// The kind's words: section heading, box label, lead-ins, table headers, and
// three ways of printing a value (one per table header).
struct KindWords {
  const char* heading;
  const char* box_label;
  std::array<const char*, 3> lead_ins;  // "{due}" is replaced by the written due date
  std::array<std::array<const char*, 2>, 3> headers;
  std::array<std::array<const char*, 3>, 3> labels;  // [header][ja, delvis, nej]
  const char* value_lead;                            // before a value in prose: "Bedömning: "
};

const KindWords& words(Kind k) {
  static const KindWords question{
      "Revisionsfrågor",
      "Revisionsfråga",
      {"Granskningen ska besvara följande revisionsfrågor:",
       "Följande frågor har varit vägledande i granskningen:",
       "I granskningen har vi sökt svar på:"},
      {{{"Revisionsfråga", "Bedömning"}, {"Granskningsfråga", "Svar"}, {"Fråga", "Slutsats"}}},
      {{{"Ja", "Delvis", "Nej"},
        {"Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"},
        {"Tillfredsställande", "Delvis tillfredsställande", "Inte tillfredsställande"}}},
      "Bedömning: "};
  static const KindWords recommendation{
      "Rekommendationer",
      "Rekommendation",
      {"Vi rekommenderar kommunstyrelsen att:",
       "Mot bakgrund av granskningen lämnar vi följande förslag:", "Följande åtgärder bör vidtas:"},
      {{{"Nr", "Rekommendation"}, {"Område", "Förslag till åtgärd"}, {"Åtgärd", "Ansvarig"}}},
      {},
      ""};
  static const KindWords followup{
      "Uppföljning av tidigare rekommendationer",
      "Tidigare rekommendation",
      {"Vi har följt upp följande rekommendationer:", "Status för de tidigare rekommendationerna:",
       "Nedan redovisas hur rekommendationerna har hanterats:"},
      {{{"Rekommendation", "Status"},
        {"Tidigare rekommendation", "Bedömning"},
        {"Åtgärd", "Hörsammad"}}},
      {{{"Genomförd", "Delvis genomförd", "Ej genomförd"},
        {"Åtgärdad", "Delvis åtgärdad", "Inte åtgärdad"},
        {"Ja", "Delvis", "Nej"}}},
      "Status: "};
  static const KindWords request{
      "Svar på rapporten",
      "Svar begärs",
      {"Vi önskar svar senast den {due} på följande:", "Revisorerna vill senast {due} få:",
       "Kommunstyrelsen ombeds senast {due} att yttra sig över:"},
      {{{"Begäran", "Till"}, {"Nr", "Vad revisorerna önskar"}, {"Mottagare", "Begäran"}}},
      {},
      ""};
  switch (k) {
    case Kind::Question:
      return question;
    case Kind::Recommendation:
      return recommendation;
    case Kind::Followup:
      return followup;
    default:
      return request;
  }
}

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::Question:
      return "fraga";
    case Kind::Recommendation:
      return "rekommendation";
    case Kind::Followup:
      return "uppfoljning";
    default:
      return "svarsbegaran";
  }
}

std::string label(Kind k, int header, const std::string& value) {
  const KindWords& w = words(k);
  const int i = value == "ja" ? 0 : value == "delvis" ? 1 : value == "nej" ? 2 : -1;
  if (i < 0 || !w.labels[static_cast<size_t>(header)][0]) return "";
  return w.labels[static_cast<size_t>(header)][static_cast<size_t>(i)];
}

std::string replace_due(std::string s, const std::string& due) {
  const size_t at = s.find("{due}");
  if (at != std::string::npos) s.replace(at, 5, written_date(due));
  return s;
}

// An item as a sentence of its own in running text.
std::string as_sentence(Kind k, const Item& it) {
  if (!starts_lower(it.text)) return it.text;
  switch (k) {
    case Kind::Recommendation:
      return "Vi rekommenderar kommunstyrelsen att " + it.text + ".";
    case Kind::Request:
      return "Vi önskar senast den " + written_date(it.value) + " få svar på " + it.text + ".";
    case Kind::Followup:
      return "Vi rekommenderade att " + it.text + ".";
    default:
      return "Granskningen har besvarat frågan om " + it.text + ".";
  }
}

// Verdict or status as prose after the item ("Bedömning: Delvis uppfyllt."),
// or "" for kinds and items without one.
std::string value_line(Kind k, const Item& it, int header) {
  const std::string l = label(k, header, it.value);
  return l.empty() ? "" : words(k).value_lead + l + ".";
}

template <typename Writer>  // PdfWriter or HtmlWriter: the same elements
void body(Writer& w, const Group& g, const std::string& structure) {
  const KindWords& kw = words(g.kind);
  const std::string due = g.kind == Kind::Request ? g.items.front().value : "";
  w.heading(1, "2", kw.heading);
  if (structure == "stycke") {
    for (const Item& it : g.items) {
      std::string p = as_sentence(g.kind, it);
      const std::string v = value_line(g.kind, it, 1);
      if (!v.empty()) p += " " + v;
      w.paragraph(p);
    }
  } else if (structure.rfind("lista", 0) == 0) {
    const int n = structure.back() - '1';
    w.paragraph(replace_due(kw.lead_ins[static_cast<size_t>(n)], due));
    std::vector<std::string> items;
    for (const Item& it : g.items) {
      const std::string v = value_line(g.kind, it, n);
      items.push_back(v.empty() ? it.text : it.text + " " + v);
    }
    // Bullets, numbers and dashes: the marks writers use (a numbered list is
    // numbered by the typesetter, as a word processor does).
    static const std::array<const char*, 3> marks = {"•", "1.", "–"};
    w.list(marks[static_cast<size_t>(n)], items);
  } else if (structure.rfind("tabell", 0) == 0) {
    const int n = structure.back() - '1';
    const auto& h = kw.headers[static_cast<size_t>(n)];
    std::vector<std::vector<std::string>> rows;
    int nr = 0;
    for (const Item& it : g.items) {
      ++nr;
      const std::string l = label(g.kind, n, it.value);
      std::string text = it.text;
      if (g.kind == Kind::Request && starts_lower(text)) text = as_sentence(g.kind, it);
      if (std::string(h[0]) == "Nr")
        rows.push_back({std::to_string(nr), text});
      else if (std::string(h[0]) == "Område")
        rows.push_back({"Styrning", text});
      else if (std::string(h[1]) == "Ansvarig" || std::string(h[1]) == "Till")
        rows.push_back({text, "Kommunstyrelsen"});
      else if (std::string(h[0]) == "Mottagare")
        rows.push_back({"Kommunstyrelsen", text});
      else
        rows.push_back({text, l});
    }
    const bool narrow_first = std::string(h[0]) == "Nr" || std::string(h[0]) == "Mottagare" ||
                              std::string(h[0]) == "Område";
    w.table({h[0], h[1]}, rows,
            narrow_first ? std::vector<double>{90, 365} : std::vector<double>{340, 115});
  } else {  // ruta: each item in a box of its own
    for (const Item& it : g.items) {
      std::string text = it.text;
      if (g.kind == Kind::Request && starts_lower(text)) text = as_sentence(g.kind, it);
      const std::string v = value_line(g.kind, it, 0);
      w.table({kw.box_label}, {{v.empty() ? text : text + "\n" + v}}, {455});
    }
  }
}

// A request set as a sentence of running text ("Vi önskar senast … få svar på
// …") is that whole sentence in gold, as in every gold set (devset/README.md);
// in a list after a lead-in it is the point.
QJsonObject gold_of(const Group& g, const std::string& file, const std::string& structure) {
  QJsonArray questions, recs, followups, requests;
  for (const Item& it : g.items) {
    const bool sentence = g.kind == Kind::Request && structure.rfind("lista", 0) != 0;
    const QString t = QString::fromStdString(sentence ? as_sentence(g.kind, it) : it.text);
    const QJsonValue v =
        it.value.empty() ? QJsonValue() : QJsonValue(QString::fromStdString(it.value));
    switch (g.kind) {
      case Kind::Question:
        questions.append(QJsonObject{{"text", t}, {"assessment", v}});
        break;
      case Kind::Recommendation:
        recs.append(QJsonObject{{"text", t}});
        break;
      case Kind::Followup:
        followups.append(QJsonObject{{"earlier_recommendation", t}, {"status", v}});
        break;
      case Kind::Request:
        requests.append(QJsonObject{{"text", t}, {"due", v}});
        break;
    }
  }
  const bool follow = g.kind == Kind::Followup;
  return QJsonObject{
      {"organisation",
       QJsonObject{{"name", "Ljusdals kommun"}, {"kind", "kommun"}, {"code", "2161"}}},
      {"auditor", "KPMG"},
      {"report_type", follow ? "uppföljande granskning" : "granskning"},
      {"year", 2023},
      {"date", "2023-05-12"},
      {"title",
       follow ? "Uppföljande granskning av intern kontroll" : "Granskning av intern kontroll"},
      {"addressee", "kommunstyrelsen"},
      {"questions", questions},
      {"recommendations", recs},
      {"followups", followups},
      {"response_requests", requests},
      {"signatories", QJsonArray{}},
      {"file", QString::fromStdString(file)},
      {"source", QString::fromStdString(g.source)},
  };
}

template <typename Writer>
void document(Writer& w, const Group& g, const std::string& structure) {
  const bool follow = g.kind == Kind::Followup;
  const std::string title =
      follow ? "Uppföljande granskning av intern kontroll" : "Granskning av intern kontroll";
  w.cover("KPMG", title, "Ljusdals kommun", "Revisionsrapport", "12 maj 2023");
  w.heading(1, "1", "Inledning");
  w.paragraph(
      follow ? "KPMG har på uppdrag av de förtroendevalda revisorerna i Ljusdals kommun följt "
               "upp den granskning av intern kontroll som genomfördes 2020. Uppföljningen ingår "
               "i revisionsplanen för 2023."
             : "KPMG har på uppdrag av de förtroendevalda revisorerna i Ljusdals kommun "
               "granskat kommunstyrelsens interna kontroll. Granskningen ingår i "
               "revisionsplanen för 2023.");
  body(w, g, structure);
  w.finish();
}

// `html`: a page for a word processor to lay out (html_writer.h) instead of a PDF.
bool write_variant(const Group& g, const std::string& stem, const std::string& structure,
                   const fs::path& out, bool html) {
  const std::string title = g.kind == Kind::Followup ? "Uppföljande granskning av intern kontroll"
                                                     : "Granskning av intern kontroll";
  const PageFurniture furniture{"Ljusdals kommun", "", title, "KPMG", ""};
  if (html) {
    HtmlWriter w((out / (stem + ".html")).string(), furniture);
    document(w, g, structure);
  } else {
    PdfWriter w((out / (stem + ".pdf")).string(), furniture);
    document(w, g, structure);
  }
  QFile f(QString::fromStdString((out / (stem + ".gold.json")).string()));
  if (!f.open(QIODevice::WriteOnly)) return false;
  f.write(QJsonDocument(gold_of(g, stem + ".pdf", structure)).toJson(QJsonDocument::Indented));
  return true;
}

std::vector<Group> groups_of(const fs::path& gold_file) {
  QFile f(QString::fromStdString(gold_file.string()));
  if (!f.open(QIODevice::ReadOnly)) return {};
  const QJsonObject g = QJsonDocument::fromJson(f.readAll()).object();
  std::string stem = gold_file.filename().string();
  stem = stem.substr(0, stem.size() - 10);
  std::vector<Group> out;
  auto add = [&](Kind k, const char* list, const char* text, const char* value) {
    std::vector<Item> items;
    for (const auto& v : g[list].toArray()) {
      const Item it{str(v.toObject()[text]), value ? str(v.toObject()[value]) : ""};
      if (!it.text.empty()) items.push_back(it);
    }
    for (size_t i = 0; i < items.size(); i += 3)
      out.push_back({k, {items.begin() + i, items.begin() + std::min(items.size(), i + 3)}, stem});
  };
  add(Kind::Question, "questions", "text", "assessment");
  add(Kind::Recommendation, "recommendations", "text", nullptr);
  add(Kind::Followup, "followups", "earlier_recommendation", "status");
  add(Kind::Request, "response_requests", "text", "due");
  return out;
}

}  // namespace

int write_variants(const std::vector<fs::path>& gold_dirs, const fs::path& out, int sample,
                   bool html) {
  static const std::array<const char*, 8> structures = {"stycke",  "lista1",  "lista2",  "lista3",
                                                        "tabell1", "tabell2", "tabell3", "ruta"};
  std::vector<fs::path> golds;
  for (const fs::path& d : gold_dirs) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(d, ec)) {
      const std::string name = e.path().filename().string();
      if (name.size() > 10 && name.ends_with(".gold.json")) golds.push_back(e.path());
    }
    if (ec) {
      std::cerr << "gransk-samplegen: kan inte läsa " << d.string() << ": " << ec.message() << "\n";
      return -1;
    }
  }
  std::sort(golds.begin(), golds.end());
  fs::create_directories(out);
  int written = 0, n = 0;
  for (const fs::path& gf : golds)
    for (const Group& g : groups_of(gf)) {
      if (n++ % sample != 0) continue;
      for (const char* s : structures) {
        const std::string stem =
            std::string("variant-") + kind_name(g.kind) + "-" + std::to_string(n) + "-" + s;
        if (!write_variant(g, stem, s, out, html)) {
          std::cerr << "gransk-samplegen: kan inte skriva i " << out.string() << "\n";
          return -1;
        }
        ++written;
      }
    }
  return written;
}

}  // namespace gransk::samplegen
