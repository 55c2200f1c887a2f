// One function per firm layout. Each writes the same facts (ReportSpec) the
// way that kind of report lays them out and words them.
#include "styles.h"

#include <cctype>

#include "pdf_writer.h"

namespace gransk::samplegen {
namespace {

std::string with_marker(std::string text, const Footnote& note) {
  const size_t p = text.find(note.word);
  if (p != std::string::npos)
    text.insert(p + note.word.size(), "{" + std::to_string(note.number) + "}");
  return text;
}

std::string lowered(std::string s) {
  if (!s.empty() && std::isupper(static_cast<unsigned char>(s[0])))
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

PageFurniture furniture(const ReportSpec& r) {
  PageFurniture f;
  f.header_left = r.organisation;
  f.header_left2 = r.title;
  f.header_right = std::to_string(r.year);
  if (r.style == Style::AuditOfficeMemo) {
    f.footer_left = "Revisionskontoret";
    f.footer_left2 = "PM " + r.date;
  } else {
    f.footer_left =
        "© " + std::to_string(r.year) + " " + r.firm + " AB. Alla rättigheter förbehållna.";
    f.footer_left2 = "Dokumentklassificering: Publik";
  }
  return f;
}

std::vector<std::vector<std::string>> verdict_rows(const ReportSpec& r) {
  std::vector<std::vector<std::string>> rows;
  for (const Question& q : r.questions) rows.push_back({q.text, verdict_label(r, q.verdict)});
  return rows;
}

void introduction(PdfWriter& w, const ReportSpec& r, const std::string& n,
                  const std::string& lead_in) {
  w.heading(1, n, "Inledning");
  w.heading(2, n + ".1", "Bakgrund");
  w.paragraph(r.footnotes.empty() ? r.background[0] : with_marker(r.background[0], r.footnotes[0]));
  w.paragraph(r.background[1]);
  w.heading(2, n + ".2", "Syfte och revisionsfrågor");
  w.paragraph(r.purpose);
  w.paragraph(lead_in);
  std::vector<std::string> qs;
  for (const Question& q : r.questions) qs.push_back(q.text);
  w.list(r.bullet, qs);
  w.heading(2, n + ".3", "Avgränsning");
  w.paragraph("Granskningen avser " + r.addressee + " och omfattar år " + std::to_string(r.year) +
              ".");
  w.heading(2, n + ".4", "Revisionskriterier");
  w.paragraph("Revisionskriterierna utgörs av:");
  w.list(r.bullet, r.criteria);
  w.heading(2, n + ".5", "Metod");
  w.paragraph(
      "Granskningen har genomförts genom dokumentstudier och intervjuer med berörda "
      "tjänstepersoner, bl.a. förvaltningschefen och t.ex. ekonomichefen. Samtliga "
      "intervjuade har fått möjlighet att faktakontrollera rapporten.");
}

void findings_with_assessment(PdfWriter& w, const ReportSpec& r, const std::string& n) {
  w.heading(1, n, "Iakttagelser och bedömningar");
  for (size_t i = 0; i < r.questions.size(); ++i) {
    const Question& q = r.questions[i];
    const std::string s = n + "." + std::to_string(i + 1);
    w.heading(2, s, q.theme);
    for (const std::string& f : q.findings) w.paragraph(f);
    w.heading(3, s + ".1", "Bedömning");
    w.paragraph(q.assessment +
                " Bedömningen grundar sig på de iakttagelser som redovisas ovan "
                "och på de dokument vi har tagit del av.");
  }
}

void signatures(PdfWriter& w, const ReportSpec& r, const std::string& role) {
  w.paragraph("Datum som ovan");
  w.paragraph(r.firm == "Revisionskontoret" ? r.firm : r.firm + " AB");
  for (const std::string& s : r.signatories) w.paragraph(s + ", " + role);
}

void cover(PdfWriter& w, const ReportSpec& r) {
  w.cover(r.firm, r.title, r.organisation, "Revisionsrapport " + std::to_string(r.year), r.date);
}

std::string commissioned(const ReportSpec& r) {
  return r.firm + " har på uppdrag av " + r.organisation_genitive +
         " förtroendevalda revisorer granskat " + r.topic + ". " + r.purpose;
}

// ---- the styles ----------------------------------------------------------------

void verdict_table_report(PdfWriter& w, const ReportSpec& r, bool with_cover = true) {
  if (with_cover) cover(w, r);
  w.heading(1, "1", "Sammanfattning");
  w.paragraph(commissioned(r));
  w.paragraph(r.overall_assessment);
  w.paragraph("I tabellen nedan redovisas våra bedömningar för respektive revisionsfråga.");
  w.table({"Revisionsfråga", "Bedömning"}, verdict_rows(r), {355, 100});
  w.paragraph("Utifrån granskningens iakttagelser rekommenderar vi " + r.addressee + " att:");
  w.list(r.bullet, r.recommendations);
  introduction(w, r, "2", "Granskningen ska besvara följande revisionsfrågor:");
  findings_with_assessment(w, r, "3");
  w.heading(1, "4", "Samlad bedömning och rekommendationer");
  w.paragraph(r.overall_assessment);
  w.paragraph("Vi rekommenderar " + r.addressee + " att:");
  w.list(r.bullet, r.recommendations);
  signatures(w, r, "certifierad kommunal revisor");
}

void question_headings_report(PdfWriter& w, const ReportSpec& r) {
  cover(w, r);
  w.heading(1, "1", "Sammanfattning");
  w.paragraph(commissioned(r));
  w.paragraph(r.overall_assessment + " Nedan redovisas våra svar per revisionsfråga i kapitel 3.");
  introduction(w, r, "2", "Granskningen besvarar följande revisionsfrågor:");
  w.heading(1, "3", "Granskningsresultat");
  for (size_t i = 0; i < r.questions.size(); ++i) {
    const Question& q = r.questions[i];
    const std::string s = "3." + std::to_string(i + 1);
    w.heading(2, s, "Revisionsfråga " + std::to_string(i + 1) + ": " + q.text);
    w.heading(3, s + ".1", "Iakttagelser");
    for (const std::string& f : q.findings) w.paragraph(f);
    w.heading(3, s + ".2", "Bedömning");
    w.paragraph("Vi bedömer att revisionsfrågan är " + lowered(verdict_label(r, q.verdict)) + ". " +
                q.assessment);
  }
  w.heading(1, "4", "Rekommendationer");
  w.paragraph("Mot bakgrund av granskningen lämnar vi följande rekommendationer till " +
              r.addressee + ":");
  w.list(r.bullet, r.recommendations);
  signatures(w, r, "uppdragsledare");
}

void answer_sections_report(PdfWriter& w, const ReportSpec& r) {
  cover(w, r);
  w.heading(1, "1", "Sammanfattning");
  w.paragraph(commissioned(r));
  w.paragraph(r.overall_assessment);
  w.heading(2, "1.1", "Svar på revisionsfrågorna");
  for (size_t i = 0; i < r.questions.size(); ++i) {
    const Question& q = r.questions[i];
    w.paragraph("Revisionsfråga " + std::to_string(i + 1) + ": " + q.text);
    w.paragraph("Svar: " + verdict_label(r, q.verdict) + ". " + q.assessment);
  }
  w.heading(2, "1.2", "Rekommendationer");
  w.paragraph("Vi rekommenderar " + r.addressee + " att:");
  w.list(r.bullet, r.recommendations);
  introduction(w, r, "2", "Granskningen ska besvara följande revisionsfrågor:");
  findings_with_assessment(w, r, "3");
  signatures(w, r, "certifierad kommunal revisor");
}

void cover_letter_report(PdfWriter& w, const ReportSpec& r) {
  const ResponseRequest& rr = r.response_requests.front();
  w.paragraph(r.organisation + " — Revisorerna");
  w.paragraph(r.date);
  w.paragraph("Till " + r.addressee);
  w.paragraph("För kännedom: kommunfullmäktige");
  w.heading(1, "", r.title);
  w.paragraph("På uppdrag av revisorerna i " + r.organisation + " har " + r.firm + " granskat " +
              r.topic + ". Granskningen redovisas i bifogad rapport.");
  w.paragraph(r.overall_assessment);
  w.paragraph("Revisorerna önskar svar från " + r.addressee + " senast den " + rr.due_written +
              " på " + rr.text + ".");
  w.paragraph("För revisorerna i " + r.organisation);
  w.page_break();
  verdict_table_report(w, r, false);
}

void audit_office_memo(PdfWriter& w, const ReportSpec& r) {
  w.heading(1, "", "PM");
  w.paragraph("Till: Revisorerna i " + r.organisation);
  w.paragraph("Från: Revisionskontoret");
  w.paragraph("Datum: " + r.date);
  w.heading(1, "", r.title);
  w.heading(1, "1", "Inledning");
  w.paragraph("På uppdrag av revisorerna i " + r.organisation +
              " har Revisionskontoret genomfört en grundläggande granskning av " + r.addressee +
              ". Granskningen avser " + r.addressee + ".");
  w.paragraph("Granskningen avser " + r.addressee + ".");
  w.heading(1, "2", "Revisionsfrågor");
  w.paragraph("Granskningen besvarar följande revisionsfrågor:");
  std::vector<std::string> qs;
  for (const Question& q : r.questions) qs.push_back(q.text);
  w.list(r.bullet, qs);
  w.heading(1, "3", "Iakttagelser och bedömningar");
  for (size_t i = 0; i < r.questions.size(); ++i) {
    const Question& q = r.questions[i];
    w.heading(2, "3." + std::to_string(i + 1), q.text);
    for (const std::string& f : q.findings) w.paragraph(f);
    w.paragraph("Bedömning: " + verdict_label(r, q.verdict) + ". " + q.assessment);
  }
  w.heading(1, "4", "Samlad bedömning");
  w.paragraph(r.overall_assessment);
  w.heading(1, "5", "Rekommendationer");
  w.list(r.bullet, r.recommendations);
  signatures(w, r, "sakkunnig revisor");
}

void follow_up_table_report(PdfWriter& w, const ReportSpec& r) {
  cover(w, r);
  const std::string earlier = std::to_string(r.earlier_year);
  w.heading(1, "1", "Sammanfattning");
  w.paragraph(r.firm + " har av " + r.organisation_genitive +
              " revisorer fått i uppdrag att följa "
              "upp en tidigare genomförd " +
              r.earlier_title + " från " + earlier + ".");
  w.paragraph(r.overall_assessment);
  std::vector<std::vector<std::string>> rows;
  for (const EarlierRecommendation& e : r.followups) {
    const std::string status = e.status == "ja"       ? "Hörsammats"
                               : e.status == "delvis" ? "Delvis hörsammats"
                                                      : "Inte hörsammats";
    rows.push_back(
        {e.text, status, e.status == "ja" ? "Åtgärder har vidtagits." : "Arbete pågår."});
  }
  w.table({"Rekommendation från " + earlier, "Status", "Kommentar"}, rows, {250, 110, 95});
  w.paragraph("Utifrån uppföljningen rekommenderar vi " + r.addressee + " att:");
  w.list(r.bullet, r.recommendations);
  w.heading(1, "2", "Inledning");
  w.heading(2, "2.1", "Syfte och revisionsfrågor");
  w.paragraph("Syftet är att bedöma om " + r.addressee +
              " har vidtagit åtgärder med anledning av "
              "granskningen från " +
              earlier + ".");
  w.paragraph("Uppföljningen ska besvara följande revisionsfrågor:");
  std::vector<std::string> qs;
  for (const Question& q : r.questions) qs.push_back(q.text);
  w.list(r.bullet, qs);
  w.heading(2, "2.2", "Avgränsning");
  w.paragraph("Granskningen avser " + r.addressee + ".");
  w.heading(1, "3", "Iakttagelser");
  for (size_t i = 0; i < r.followups.size(); ++i) {
    const EarlierRecommendation& e = r.followups[i];
    const std::string s = "3." + std::to_string(i + 1);
    w.heading(2, s, "Rekommendation " + std::to_string(i + 1));
    w.paragraph(e.text);
    w.heading(3, s + ".1", "Vidtagna åtgärder");
    w.paragraph(e.status == "nej" ? "Inga åtgärder har vidtagits sedan den förra granskningen."
                                  : "Förvaltningen har påbörjat ett arbete med anledning av "
                                    "rekommendationen och redovisat det för " +
                                        r.addressee + ".");
    w.heading(3, s + ".2", "Bedömning");
    w.paragraph(e.status == "ja"       ? "Vi bedömer att rekommendationen har hörsammats."
                : e.status == "delvis" ? "Vi bedömer att rekommendationen delvis har hörsammats."
                                       : "Vi bedömer att rekommendationen inte har hörsammats.");
  }
  signatures(w, r, "certifierad kommunal revisor");
}

void region_report(PdfWriter& w, const ReportSpec& r) {
  cover(w, r);
  w.heading(1, "1", "Sammanfattning");
  w.paragraph(r.firm + " har på uppdrag av de förtroendevalda revisorerna i " + r.organisation +
              " granskat " + r.topic + ". " + r.purpose);
  w.paragraph(r.overall_assessment);
  w.table({"Revisionsfråga", "Bedömning"}, verdict_rows(r), {340, 115});
  introduction(w, r, "2", "Granskningen ska besvara följande revisionsfrågor:");
  findings_with_assessment(w, r, "3");
  w.heading(1, "4", "Rekommendationer");
  w.paragraph("Utifrån granskningen lämnar vi följande rekommendationer till " + r.addressee + ":");
  w.list(r.bullet, r.recommendations);
  signatures(w, r, "certifierad kommunal revisor");
}

void follow_up_sections_report(PdfWriter& w, const ReportSpec& r) {
  cover(w, r);
  const std::string earlier = std::to_string(r.earlier_year);
  w.heading(1, "1", "Sammanfattning");
  w.paragraph(r.firm + " har av " + r.organisation_genitive +
              " revisorer fått i uppdrag att följa "
              "upp resultatet av en tidigare genomförd " +
              r.earlier_title + " från " + earlier + ".");
  w.paragraph(r.overall_assessment);
  w.heading(1, "2", "Syfte och revisionsfrågor");
  w.paragraph("De svar vi efterfrågar i uppföljningen är:");
  std::vector<std::string> qs;
  for (const Question& q : r.questions) qs.push_back(q.text);
  w.list(r.bullet, qs);
  w.paragraph("Granskningen avser " + r.addressee + ".");
  w.heading(1, "3", "Resultat av uppföljningen");
  for (size_t i = 0; i < r.followups.size(); ++i) {
    const EarlierRecommendation& e = r.followups[i];
    const std::string s = "3." + std::to_string(i + 1);
    w.heading(2, s, "Rekommendation");
    w.paragraph(e.text);
    w.paragraph("Åtgärd");
    const std::string who =
        r.organisation_kind == "kommunalförbund" ? "Förbundet" : "Förvaltningen";
    w.paragraph(e.status == "nej"
                    ? who + " har inte vidtagit några åtgärder."
                    : who + " har tagit fram ett underlag som behandlats av " + r.addressee + ".");
    w.paragraph("Bedömning");
    w.paragraph(
        e.status == "ja"
            ? "Vi bedömer att rekommendationen från den tidigare granskningen hörsammats."
        : e.status == "delvis"
            ? "Vi bedömer att rekommendationen från den tidigare granskningen delvis hörsammats."
            : "Vi bedömer att rekommendationen från den tidigare granskningen inte hörsammats.");
  }
  w.heading(1, "4", "Samlad bedömning och rekommendationer");
  w.paragraph(r.overall_assessment);
  w.paragraph("Mot bakgrund av genomförd uppföljning kvarstår följande rekommendationer till " +
              r.addressee + ":");
  w.list(r.bullet, r.recommendations);
  signatures(w, r, "certifierad kommunal revisor");
}

// A board's answer: a letter, no audit findings of its own.
void board_answer(PdfWriter& w, const ReportSpec& r) {
  const std::string& board = r.purpose;
  w.cover(r.organisation, r.title, board, "Dnr KS " + std::to_string(r.year) + "/118", r.date);
  w.heading(1, "", r.title);
  w.paragraph("Revisorerna har lämnat rapporten " + r.earlier_title + " till " + board + " i " +
              r.organisation + ". Här lämnas styrelsens yttrande över rapporten.");
  w.paragraph(
      "Styrelsen delar revisorernas iakttagelser i huvudsak. Förvaltningen har fått i "
      "uppdrag att ta fram en handlingsplan som redovisas för styrelsen under hösten.");
  for (const std::string& rec : r.background)
    w.paragraph("Om rekommendationen ”" + rec +
                "”: arbetet har påbörjats och beräknas vara klart "
                "inom ett år.");
  w.paragraph("För " + board);
  for (const std::string& s : r.signatories) w.paragraph(s + ", ordförande");
}

void comment_table_report(PdfWriter& w, const ReportSpec& r) {
  cover(w, r);
  w.heading(1, "1", "Sammanfattning");
  w.paragraph(commissioned(r));
  w.paragraph(r.overall_assessment);
  std::vector<std::vector<std::string>> rows;
  for (const Question& q : r.questions)
    rows.push_back({q.text, q.findings.front(), verdict_label(r, q.verdict)});
  w.table({"Revisionsfråga", "Kommentar", "Bedömning"}, rows, {190, 170, 95});
  w.paragraph("Utifrån granskningen lämnar vi följande rekommendationer till " + r.addressee + ":");
  w.list(r.bullet, r.recommendations);
  introduction(w, r, "2", "Följande revisionsfrågor ska besvaras:");
  findings_with_assessment(w, r, "3");
  signatures(w, r, "certifierad kommunal revisor");
}

void sub_questions_report(PdfWriter& w, const ReportSpec& r) {
  // "Mora den 14 mars 2024": place and written date, no ISO date anywhere.
  w.cover(r.firm, r.title, r.organisation, "Revisionsrapport",
          r.organisation.substr(0, r.organisation.find(' ')) + " den " + r.date_written);
  w.heading(1, "1", "Inledning");
  w.paragraph("På uppdrag av revisorerna i " + r.organisation + " har " + r.firm + " granskat " +
              r.topic + ". " + r.purpose);
  w.paragraph("Granskningen avser " + r.addressee + ".");
  w.heading(1, "2", "Svar på delfrågorna");
  for (size_t i = 0; i < r.questions.size(); ++i) {
    const Question& q = r.questions[i];
    w.paragraph("Delfråga " + std::to_string(i + 1) + ": " + q.text);
    for (const std::string& f : q.findings) w.paragraph(f);
    w.paragraph("Kontrollmålet bedöms som " + lowered(verdict_label(r, q.verdict)) + ". " +
                q.assessment);
  }
  w.heading(1, "3", "Samlad bedömning");
  w.paragraph(r.overall_assessment);
  w.paragraph("Vi rekommenderar " + r.addressee + " att:");
  w.list(r.bullet, r.recommendations);
  signatures(w, r, "certifierad kommunal revisor");
}

}  // namespace

void write_report(const ReportSpec& r, const std::string& path) {
  PdfWriter w(path, furniture(r));
  for (const Footnote& n : r.footnotes) w.footnote_text(n.number, n.text);
  switch (r.style) {
    case Style::VerdictTable:
    case Style::FulfilmentTable:
      verdict_table_report(w, r);
      break;
    case Style::QuestionHeadings:
      question_headings_report(w, r);
      break;
    case Style::AnswerSections:
      answer_sections_report(w, r);
      break;
    case Style::CoverLetter:
      cover_letter_report(w, r);
      break;
    case Style::AuditOfficeMemo:
      audit_office_memo(w, r);
      break;
    case Style::FollowUpTable:
      follow_up_table_report(w, r);
      break;
    case Style::RegionReport:
      region_report(w, r);
      break;
    case Style::FollowUpSections:
      follow_up_sections_report(w, r);
      break;
    case Style::CommentTable:
      comment_table_report(w, r);
      break;
    case Style::SubQuestions:
      sub_questions_report(w, r);
      break;
    case Style::BoardAnswer:
      board_answer(w, r);
      break;
  }
  w.finish();
}

}  // namespace gransk::samplegen
