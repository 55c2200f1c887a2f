#include "register_json.h"

#include <QJsonArray>

#include "text_table.h"

namespace gransk::cli {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QJsonValue opt(const std::string& s) { return s.empty() ? QJsonValue() : QJsonValue(q(s)); }

}  // namespace

QJsonObject to_json(const index::ReportRef& r) {
  return {{"id", static_cast<qint64>(r.id)},
          {"titel", q(r.title)},
          {"ar", r.year ? QJsonValue(*r.year) : QJsonValue()},
          {"datum", opt(r.date)},
          {"firma", opt(r.firm)},
          {"typ", q(r.report_type)},
          {"mottagare", opt(r.addressee)},
          {"fil", q(r.path)}};
}

QJsonObject to_json(const index::RegisterEntry& e) {
  QJsonArray history;
  for (const index::StatusEvent& ev : e.history)
    history.append(QJsonObject{
        {"status", ev.status ? QJsonValue(q(corpus::status_key(*ev.status))) : QJsonValue()},
        {"status_text", q(ev.status ? corpus::status_label(*ev.status) : "ej bedömd")},
        {"kalla", to_json(ev.source)},
        {"post", q(ev.item)},
        {"citat", q(ev.quote)},
        {"sida", ev.page},
        {"sakerhet", ev.confidence},
        {"lank", q(ev.link)}});
  return {{"id", q(e.id)},
          {"organisation", q(e.organisation)},
          {"kommunkod", opt(e.kommunkod)},
          {"lan", opt(e.lan)},
          {"rapport", to_json(e.report)},
          {"nummer", e.ordinal},
          {"text", q(e.text)},
          {"sida", e.page},
          {"fran_uppfoljning", e.from_followup},
          {"upprepar", opt(e.restates)},
          {"ar", e.year ? QJsonValue(*e.year) : QJsonValue()},
          {"status", q(corpus::status_key(e.status))},
          {"status_text", q(corpus::status_label(e.status))},
          {"historik", history},
          {"svar_senast", e.due ? QJsonValue(q(*e.due)) : QJsonValue()},
          {"forfallen", e.overdue},
          {"alder_dagar", e.age_days}};
}

QJsonObject to_json(const index::ResponseRequestEntry& r) {
  QJsonObject o{{"id", q(r.id)},
                {"organisation", q(r.organisation)},
                {"kommunkod", opt(r.kommunkod)},
                {"rapport", to_json(r.report)},
                {"text", q(r.text)},
                {"svar_senast", r.due ? QJsonValue(q(*r.due)) : QJsonValue()},
                {"sida", r.page},
                {"forfallen", r.overdue},
                {"dagar_forfallen", r.days_overdue}};
  if (r.answer)
    o["svar"] = QJsonObject{
        {"datum", q(r.answer->date)},
        {"text", opt(r.answer->text)},
        {"kalla", q(r.answer->source)},
        {"rapport", r.answer->report_id ? QJsonValue(static_cast<qint64>(*r.answer->report_id))
                                        : QJsonValue()}};
  else
    o["svar"] = QJsonValue();
  return o;
}

std::vector<std::string> register_csv_header() {
  return {"id",          "organisation",  "kommunkod",    "ar",      "status",
          "alder_dagar", "svar_senast",   "forfallen",    "rapport", "rapport_titel",
          "sida",        "senaste_kalla", "senaste_sida", "text"};
}

std::vector<std::string> register_csv_row(const index::RegisterEntry& e) {
  const index::StatusEvent* last = e.history.empty() ? nullptr : &e.history.back();
  return {e.id,
          e.organisation,
          e.kommunkod,
          e.year ? std::to_string(*e.year) : "",
          corpus::status_label(e.status),
          std::to_string(e.age_days),
          e.due.value_or(""),
          e.overdue ? "ja" : "nej",
          std::to_string(e.report.id),
          e.report.title,
          std::to_string(e.page),
          last ? last->source.title +
                     (last->source.year ? " " + std::to_string(*last->source.year) : "")
               : "",
          last ? std::to_string(last->page) : "",
          e.text};
}

}  // namespace gransk::cli
