#include "report_json.h"

#include <QJsonArray>
#include <cmath>

namespace gransk::cli {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QJsonValue opt(const std::optional<std::string>& s) { return s ? QJsonValue(q(*s)) : QJsonValue(); }

QJsonObject provenance(const corpus::Provenance& p) {
  return QJsonObject{
      {"rule", q(p.rule_id)},
      {"page", p.page},
      {"confidence", std::round(p.confidence * 100) / 100},
      {"span", QJsonArray{static_cast<qint64>(p.span.begin), static_cast<qint64>(p.span.end)}}};
}

}  // namespace

QJsonObject report_json(const corpus::Report& r) {
  QJsonArray questions, recs, followups, requests, signatories;
  for (const auto& x : r.questions) {
    QJsonObject o{
        {"text", q(x.text)}, {"assessment", opt(x.assessment)}, {"source", provenance(x.where)}};
    if (x.assessment_where) o["assessment_source"] = provenance(*x.assessment_where);
    questions.append(o);
  }
  for (const auto& x : r.recommendations)
    recs.append(QJsonObject{{"text", q(x.text)}, {"source", provenance(x.where)}});
  for (const auto& x : r.followups)
    followups.append(QJsonObject{{"earlier_recommendation", q(x.earlier_recommendation)},
                                 {"status", x.status.empty() ? QJsonValue() : q(x.status)},
                                 {"source", provenance(x.where)}});
  for (const auto& x : r.response_requests)
    requests.append(
        QJsonObject{{"text", q(x.text)}, {"due", opt(x.due)}, {"source", provenance(x.where)}});
  for (const auto& x : r.signatories)
    signatories.append(QJsonObject{{"name", q(x.name)}, {"role", q(x.role)}});

  QJsonObject out{
      {"auditor", opt(r.auditor)},
      {"report_type", q(r.report_type)},
      {"year", r.year ? QJsonValue(*r.year) : QJsonValue()},
      {"date", opt(r.date)},
      {"title", opt(r.title)},
      {"addressee", opt(r.addressee)},
      {"overall_assessment", opt(r.overall_assessment)},
      {"questions", questions},
      {"recommendations", recs},
      {"followups", followups},
      {"response_requests", requests},
      {"signatories", signatories},
  };
  if (r.organisation)
    out["organisation"] = QJsonObject{{"name", q(r.organisation->name)},
                                      {"kind", q(r.organisation->kind)},
                                      {"code", opt(r.organisation->code)}};
  else
    out["organisation"] = QJsonValue();
  if (r.overall_where) out["overall_assessment_source"] = provenance(*r.overall_where);
  if (r.follows_up)
    out["follows_up"] = QJsonObject{{"year", r.follows_up->year},
                                    {"title", q(r.follows_up->title)},
                                    {"source", provenance(r.follows_up->where)}};
  return out;
}

}  // namespace gransk::cli
