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

namespace {

std::string str(const QJsonValue& v) { return v.isString() ? v.toString().toStdString() : ""; }

std::string gold_problem(const QJsonObject& g) {
  if (!g["report_type"].isString()) return "fältet report_type saknas eller är ingen text";
  // Item lists: absent is allowed (an older gold file), anything else must be a
  // list of objects whose text field is a text.
  const std::pair<const char*, const char*> lists[] = {{"questions", "text"},
                                                       {"recommendations", "text"},
                                                       {"optional_recommendations", "text"},
                                                       {"followups", "earlier_recommendation"},
                                                       {"response_requests", "text"},
                                                       {"signatories", "name"}};
  for (const auto& [list, field] : lists) {
    if (!g.contains(list)) continue;
    if (!g[list].isArray()) return std::string("fältet ") + list + " är ingen lista";
    int n = 0;
    for (const auto& v : g[list].toArray()) {
      ++n;
      if (!v.isObject() || !v.toObject()[field].isString())
        return std::string(list) + " nr " + std::to_string(n) + " saknar " + field + " som text";
    }
  }
  for (const char* field : {"auditor", "date", "title", "addressee", "overall_assessment"})
    if (g.contains(field) && !g[field].isString() && !g[field].isNull())
      return std::string("fältet ") + field + " är varken text eller null";
  if (g.contains("year") && !g["year"].isDouble() && !g["year"].isNull())
    return "fältet year är inget årtal";
  if (g.contains("organisation") && !g["organisation"].isObject() && !g["organisation"].isNull())
    return "fältet organisation är inget objekt";
  return "";
}

std::vector<corpus::Gold::Item> items(const QJsonObject& g, const char* list, const char* text,
                                      const char* value) {
  std::vector<corpus::Gold::Item> out;
  for (const auto& v : g[list].toArray())
    out.push_back({str(v.toObject()[text]), value ? str(v.toObject()[value]) : std::string()});
  return out;
}

}  // namespace

std::string read_gold(const QJsonObject& g, corpus::Gold& out) {
  if (std::string problem = gold_problem(g); !problem.empty()) return problem;
  out = {};
  out.questions = items(g, "questions", "text", "assessment");
  out.recommendations = items(g, "recommendations", "text", nullptr);
  out.followups = items(g, "followups", "earlier_recommendation", "status");
  out.response_requests = items(g, "response_requests", "text", "due");
  out.optional_questions = items(g, "optional_questions", "text", nullptr);
  out.optional_recommendations = items(g, "optional_recommendations", "text", nullptr);
  out.optional_followups = items(g, "optional_followups", "earlier_recommendation", nullptr);
  const QJsonObject o = g["organisation"].toObject();
  out.organisation_name = str(o["name"]);
  out.organisation_kind = str(o["kind"]);
  out.organisation_code = str(o["code"]);
  out.auditor = str(g["auditor"]);
  out.report_type = str(g["report_type"]);
  out.date = str(g["date"]);
  out.title = str(g["title"]);
  out.addressee = str(g["addressee"]);
  out.overall_assessment = str(g["overall_assessment"]);
  out.year = g["year"].isDouble() ? g["year"].toInt() : 0;
  for (const auto& v : g["signatories"].toArray()) out.signatories.push_back(str(v.toObject()["name"]));
  out.has_follows_up = g.contains("follows_up");
  const QJsonObject f = g["follows_up"].toObject();
  out.follows_up_year = f["year"].toInt();
  out.follows_up_title = str(f["title"]);
  return "";
}

}  // namespace gransk::cli
