// Reading rule files: TOML via toml++, patterns compiled with RE2.
#include <re2/re2.h>
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "gransk/rules/rules.h"

#ifndef GRANSK_SOURCE_RULES_DIR
#define GRANSK_SOURCE_RULES_DIR "rules/data"
#endif

namespace gransk::rules {
namespace {

const std::map<std::string, Unit>& unit_names() {
  static const std::map<std::string, Unit> m = {
      {"sentence", Unit::Sentence}, {"block", Unit::Block}, {"list_item", Unit::ListItem},
      {"heading", Unit::Heading},   {"table", Unit::Table}, {"document", Unit::Document}};
  return m;
}

int line_of(const toml::node& n) { return static_cast<int>(n.source().begin.line); }

// What a rule may say; anything else is a misspelling that would silently
// change what the rule does (`unles`, `tag = "recomendation"`).
const std::set<std::string>& known_keys() {
  static const std::set<std::string> k = {
      "id",     "tag",     "unit",  "section",  "lead_in",    "header",   "first_in_section",
      "unless", "pattern", "value", "priority", "confidence", "max_page", "match",
      "reject"};
  return k;
}

const std::set<std::string>& known_tags() {
  static const std::set<std::string> t = {"question",
                                          "verdict",
                                          "recommendation",
                                          "followup",
                                          "followup_status",
                                          "response_request",
                                          "overall_assessment",
                                          "organisation",
                                          "auditor",
                                          "report_type",
                                          "audit_marker",
                                          "date",
                                          "year",
                                          "title",
                                          "addressee",
                                          "signatory",
                                          "follows_up"};
  return t;
}

std::vector<std::string> strings_of(const toml::node_view<const toml::node> v) {
  std::vector<std::string> out;
  if (const toml::array* arr = v.as_array())
    for (const toml::node& n : *arr)
      if (const auto* s = n.as_string()) out.push_back(nlp::fold_case(s->get()));
  // Longest first: "inte alls" is read before "inte".
  std::stable_sort(out.begin(), out.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

// RE2 builds \p{L} as an automaton over every script (about 1 ms per use); rule
// files read Swedish reports, so letter classes mean the Latin script: ASCII,
// Latin-1 and Latin Extended-A/B (Nordic, German, French, Polish, Czech …).
// Compiling a rule set drops from ~30 ms to ~1 ms. See rules/README.md.
std::string latin_letter_classes(std::string pattern) {
  static const std::pair<const char*, const char*> classes[] = {
      {"\\p{Lu}", "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"},
      {"\\p{Ll}", "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"},
      {"\\p{L}", "A-Za-zÀ-ÖØ-öø-ɏ"},
  };
  for (const auto& [escape, ranges] : classes) {
    const std::string e = escape;
    for (size_t p = pattern.find(e); p != std::string::npos; p = pattern.find(e, p)) {
      // Inside [...] the ranges go in bare; outside they need their own brackets.
      int depth = 0;
      for (size_t i = 0; i < p; ++i) {
        if (pattern[i] == '\\')
          ++i;
        else if (pattern[i] == '[')
          ++depth;
        else if (pattern[i] == ']' && depth > 0)
          --depth;
      }
      const std::string with = depth > 0 ? ranges : "[" + std::string(ranges) + "]";
      pattern.replace(p, e.size(), with);
      p += with.size();
    }
  }
  return pattern;
}

// {{name}} in a pattern is the word list `name` of a [words] table, as an
// alternation, longest first: one list of recommendation verbs serves the rules
// for paragraphs, list items and table cells alike. Or it is the fragment
// `name` of a [patterns] table, which may use others in turn: one way of
// naming a board serves every rule that names one. "" when all are known.
std::string expand_words(std::string& pattern, const RuleSet& set) {
  int expansions = 0;
  for (size_t p = pattern.find("{{"); p != std::string::npos; p = pattern.find("{{", p)) {
    const size_t end = pattern.find("}}", p);
    if (end == std::string::npos) return "{{ utan }}";
    const std::string name = pattern.substr(p + 2, end - p - 2);
    if (const auto fragment = set.patterns.find(name); fragment != set.patterns.end()) {
      // Expanded in place and read again: a fragment may name fragments.
      if (++expansions > 100) return "{{" + name + "}} använder sig själv";
      pattern.replace(p, end + 2 - p, "(?:" + fragment->second + ")");
      continue;
    }
    const auto it = set.words.find(name);
    if (it == set.words.end())
      return "okänd ordlista eller mönsterdel {{" + name + "}} (se [words], [patterns])";
    std::string alt = "(?:";
    for (const std::string& w : it->second) alt += (alt.size() > 3 ? "|" : "") + RE2::QuoteMeta(w);
    alt += ")";
    pattern.replace(p, end + 2 - p, alt);
    p += alt.size();
  }
  return "";
}

// Skips group openers "(", "(?:", "(?P<name>", "(?i)" from `i`.
size_t skip_openers(const std::string& p, size_t i) {
  while (i < p.size() && p[i] == '(') {
    if (p.compare(i, 3, "(?:") == 0) {
      i += 3;
    } else if (p.compare(i, 4, "(?P<") == 0) {
      const size_t close = p.find('>', i);
      if (close == std::string::npos) return p.size();
      i = close + 1;
    } else if (p.compare(i, 2, "(?") == 0) {
      const size_t close = p.find(')', i);  // a flag group "(?i)"
      if (close == std::string::npos) return p.size();
      i = close + 1;
    } else {
      ++i;
    }
  }
  return i;
}

bool latin_lead_byte(unsigned char c) { return c >= 0xc3 && c <= 0xc5; }

// RE2's \b knows only ASCII letters: "\båtgärden" never matches after a
// space, and the rule misses in silence. Finds a \b before a non-ASCII letter,
// directly or as the start of an alternative of the group after it.
bool boundary_before_non_ascii(const std::string& p) {
  for (size_t i = 0; i + 1 < p.size(); ++i) {
    if (p[i] != '\\') continue;
    if (p[i + 1] != 'b') {
      ++i;  // an escape of something else ("\\", "\.")
      continue;
    }
    size_t k = skip_openers(p, i + 2);
    if (k < p.size() && latin_lead_byte(static_cast<unsigned char>(p[k]))) return true;
    if (k == i + 2 || k >= p.size()) continue;
    // Each top-level alternative of the group that opens right after the \b.
    int depth = 0;
    for (size_t j = k; j < p.size(); ++j) {
      if (p[j] == '\\') {
        ++j;
      } else if (p[j] == '(') {
        ++depth;
      } else if (p[j] == ')') {
        if (depth-- == 0) break;
      } else if (p[j] == '|' && depth == 0) {
        const size_t a = skip_openers(p, j + 1);
        if (a < p.size() && latin_lead_byte(static_cast<unsigned char>(p[a]))) return true;
      }
    }
  }
  return false;
}

std::shared_ptr<const RE2> compile(std::string pattern, const std::string& what,
                                   const std::string& file, int line, const RuleSet& set,
                                   std::vector<RuleError>& errors) {
  if (const std::string bad = expand_words(pattern, set); !bad.empty()) {
    errors.push_back({file, line, what + ": " + bad});
    return nullptr;
  }
  if (boundary_before_non_ascii(pattern)) {
    errors.push_back({file, line,
                      what + ": \\b före en bokstav som å, ä eller ö matchar aldrig efter ett "
                             "mellanslag (RE2:s \\b känner bara ASCII-bokstäver); skriv den "
                             "delen utan \\b"});
    return nullptr;
  }
  RE2::Options o;
  o.set_log_errors(false);
  auto re = std::make_shared<const RE2>(latin_letter_classes(pattern), o);
  if (!re->ok()) {
    errors.push_back({file, line, what + ": ogiltigt mönster: " + re->error()});
    return nullptr;
  }
  return re;
}

void read_examples(const toml::node_view<const toml::node> list, bool should_match, Rule& rule) {
  const toml::array* arr = list.as_array();
  if (!arr) return;
  for (const toml::node& n : *arr) {
    Example e;
    e.should_match = should_match;
    e.line = line_of(n);
    if (const auto* s = n.as_string()) {
      e.text = s->get();
    } else if (const auto* t = n.as_table()) {
      e.text = (*t)["text"].value_or(std::string());
      e.expect = (*t)["expect"].value_or(std::string());
    }
    rule.examples.push_back(std::move(e));
  }
}

// The file's TOML, or nothing (an error recorded).
std::optional<toml::table> parse(const std::string& file, RuleSet& out) {
  try {
    return toml::parse_file(file);
  } catch (const toml::parse_error& e) {
    out.errors.push_back(
        {file, static_cast<int>(e.source().begin.line),
         "filen är inte giltig TOML (toml++: " + std::string(e.description()) + ")"});
    return std::nullopt;
  }
}

// [words]: read from every file before any rule is compiled, so a rule may use
// a list from another file.
void load_words(const std::string& file, const toml::table& doc, RuleSet& out) {
  const toml::table* words = doc["words"].as_table();
  if (!words) return;
  for (const auto& [name, node] : *words) {
    const toml::array* arr = node.as_array();
    if (!arr || arr->empty()) {
      out.errors.push_back({file, line_of(node),
                            "ordlistan " + std::string(name.str()) + " ska vara en lista med ord"});
      continue;
    }
    std::vector<std::string>& list = out.words[std::string(name.str())];
    for (const toml::node& w : *arr)
      if (const auto* s = w.as_string()) list.push_back(s->get());
    std::stable_sort(list.begin(), list.end(), [](const std::string& a, const std::string& b) {
      return a.size() > b.size();
    });
  }
}

// [patterns]: named fragments, read with the word lists.
void load_patterns(const std::string& file, const toml::table& doc, RuleSet& out) {
  const toml::table* patterns = doc["patterns"].as_table();
  if (!patterns) return;
  for (const auto& [name, node] : *patterns) {
    if (const auto* s = node.as_string(); s && !s->get().empty())
      out.patterns[std::string(name.str())] = s->get();
    else
      out.errors.push_back(
          {file, line_of(node), "mönsterdelen " + std::string(name.str()) + " ska vara en text"});
  }
}

void load_file(const std::string& file, const toml::table& doc, RuleSet& out) {
  for (const auto& [key, node] : doc)
    if (key.str() != "rule" && key.str() != "verdict_scale" && key.str() != "verdict_lexicon" &&
        key.str() != "words" && key.str() != "patterns")
      out.errors.push_back({file, line_of(node),
                            "okänd tabell \"" + std::string(key.str()) +
                                "\" (rule, verdict_scale, verdict_lexicon, words, patterns)"});
  if (const toml::table* lex = doc["verdict_lexicon"].as_table()) {
    VerdictLexicon& l = out.lexicon;
    auto add = [&](std::vector<std::string>& to, const char* key) {
      for (std::string& w : strings_of((*lex)[key])) to.push_back(std::move(w));
      std::stable_sort(to.begin(), to.end(), [](const std::string& a, const std::string& b) {
        return a.size() > b.size();
      });
    };
    add(l.ja, "ja");
    add(l.delvis, "delvis");
    add(l.nej, "nej");
    add(l.negation, "negation");
    add(l.completeness, "completeness");
    add(l.lacking, "lacking");
    add(l.affirmed, "affirmed");
    add(l.adequate, "adequate");
    add(l.unrated, "unrated");
    add(l.contrast, "contrast");
    add(l.reservation, "reservation");
    for (const auto& [key, node] : *lex)
      if (!std::set<std::string>{"ja", "delvis", "nej", "negation", "completeness", "lacking",
                                 "affirmed", "adequate", "unrated", "contrast", "reservation"}
               .count(std::string(key.str())))
        out.errors.push_back(
            {file, line_of(node), "okänd nyckel i verdict_lexicon: " + std::string(key.str())});
  }
  if (const toml::table* scale = doc["verdict_scale"].as_table()) {
    for (const auto& [verdict, labels] : *scale)
      if (const toml::array* arr = labels.as_array())
        for (const toml::node& l : *arr)
          if (const auto* s = l.as_string())
            out.verdict_scale[s->get()] = std::string(verdict.str());
  }
  const toml::array* rules = doc["rule"].as_array();
  if (!rules) {
    // A file of only a lexicon or a scale needs no [[rule]] tables.
    if (!doc.contains("verdict_scale") && !doc.contains("verdict_lexicon") &&
        !doc.contains("words") && !doc.contains("patterns"))
      out.errors.push_back({file, 1, "filen saknar [[rule]]-tabeller"});
    return;
  }
  for (const toml::node& node : *rules) {
    const toml::table* t = node.as_table();
    if (!t) continue;
    Rule r;
    r.file = file;
    r.line = line_of(node);
    bool bad_key = false;
    for (const auto& [key, value] : *t)
      if (!known_keys().count(std::string(key.str()))) {
        out.errors.push_back(
            {file, line_of(value), "okänd nyckel \"" + std::string(key.str()) + "\" i regeln"});
        bad_key = true;
      }
    auto wrong_type = [&](const char* key, bool ok) {
      if (!(*t).contains(key) || ok) return false;
      out.errors.push_back(
          {file, line_of(*(*t).get(key)), std::string(key) + " har fel typ (se rules/README.md)"});
      return true;
    };
    if (wrong_type("priority", (*t)["priority"].is_integer()) ||
        wrong_type("confidence",
                   (*t)["confidence"].is_floating_point() || (*t)["confidence"].is_integer()) ||
        wrong_type("max_page", (*t)["max_page"].is_integer()) ||
        wrong_type("first_in_section", (*t)["first_in_section"].is_boolean()))
      bad_key = true;
    r.id = (*t)["id"].value_or(std::string());
    r.tag = (*t)["tag"].value_or(std::string());
    r.pattern = (*t)["pattern"].value_or(std::string());
    r.section = (*t)["section"].value_or(std::string());
    r.lead_in = (*t)["lead_in"].value_or(std::string());
    r.value = (*t)["value"].value_or(std::string());
    r.unless = (*t)["unless"].value_or(std::string());
    r.header = (*t)["header"].value_or(std::string());
    r.priority = (*t)["priority"].value_or(0);
    r.confidence = (*t)["confidence"].value_or(0.8);
    r.max_page = (*t)["max_page"].value_or(0);
    r.first_in_section = (*t)["first_in_section"].value_or(false);
    const std::string unit = (*t)["unit"].value_or(std::string("sentence"));
    const auto u = unit_names().find(unit);
    if (r.id.empty() || r.tag.empty() || r.pattern.empty()) {
      out.errors.push_back({file, r.line, "regeln saknar id, tag eller pattern"});
      continue;
    }
    if (u == unit_names().end()) {
      out.errors.push_back({file, r.line, r.id + ": okänd unit \"" + unit + "\""});
      continue;
    }
    if (!known_tags().count(r.tag)) {
      out.errors.push_back({file, r.line, r.id + ": okänd tag \"" + r.tag + "\""});
      continue;
    }
    if (r.confidence <= 0 || r.confidence > 1) {
      out.errors.push_back({file, r.line, r.id + ": confidence ska ligga mellan 0 och 1"});
      continue;
    }
    if (const auto seen = std::find_if(out.rules.begin(), out.rules.end(),
                                       [&](const Rule& o) { return o.id == r.id; });
        seen != out.rules.end()) {
      out.errors.push_back(
          {file, r.line,
           r.id + ": id finns redan (" + seen->file + ":" + std::to_string(seen->line) + ")"});
      continue;
    }
    if (bad_key) continue;
    r.unit = u->second;
    const size_t before = out.errors.size();
    r.re = compile(r.pattern, r.id, file, r.line, out, out.errors);
    if (!r.section.empty())
      r.section_re = compile(r.section, r.id + " (section)", file, r.line, out, out.errors);
    if (!r.lead_in.empty())
      r.lead_in_re = compile(r.lead_in, r.id + " (lead_in)", file, r.line, out, out.errors);
    if (!r.unless.empty())
      r.unless_re = compile(r.unless, r.id + " (unless)", file, r.line, out, out.errors);
    if (!r.header.empty())
      r.header_re = compile(r.header, r.id + " (header)", file, r.line, out, out.errors);
    read_examples((*t)["match"], true, r);
    read_examples((*t)["reject"], false, r);
    if (out.errors.size() == before) out.rules.push_back(std::move(r));
  }
}

}  // namespace

std::string verdict_of(const RuleSet& set, std::string_view label) {
  std::string l = nlp::fold_case(label);
  while (!l.empty() && std::string_view(" .:;,!\t\n").find(l.back()) != std::string_view::npos)
    l.pop_back();
  while (!l.empty() && (l.front() == ' ' || l.front() == '\t')) l.erase(0, 1);
  const auto it = set.verdict_scale.find(l);
  return it == set.verdict_scale.end() ? std::string() : it->second;
}

std::string RuleError::text() const { return file + ":" + std::to_string(line) + ": " + message; }

std::string default_rules_dir() {
  if (const char* env = std::getenv("GRANSK_RULES_DIR")) return env;
  return GRANSK_SOURCE_RULES_DIR;
}

RuleSet load_rules(const std::vector<std::string>& dirs) {
  RuleSet out;
  std::vector<std::pair<std::string, toml::table>> docs;
  for (const std::string& dir : dirs) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
      if (e.path().extension() == ".toml") files.push_back(e.path());
    if (ec) {
      out.errors.push_back({dir, 0, "regelkatalogen kunde inte läsas: " + ec.message()});
      continue;
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files)
      if (std::optional<toml::table> doc = parse(f.string(), out))
        docs.emplace_back(f.string(), std::move(*doc));
  }
  for (const auto& [file, doc] : docs) {
    load_words(file, doc, out);
    load_patterns(file, doc, out);
  }
  for (const auto& [file, doc] : docs) load_file(file, doc, out);
  return out;
}

std::vector<RuleError> check_examples(const RuleSet& set) {
  std::vector<RuleError> errors;
  for (const Rule& r : set.rules) {
    const int text_group = [&] {
      const auto& names = r.re->NamedCapturingGroups();
      const auto it = names.find("text");
      return it == names.end() ? 0 : it->second;
    }();
    for (const Example& e : r.examples) {
      std::vector<re2::StringPiece> groups(static_cast<size_t>(r.re->NumberOfCapturingGroups()) +
                                           1);
      // A table rule with a header reads the rows after the example's first line.
      size_t from = 0;
      bool header_ok = true;
      if (r.header_re) {
        const size_t nl = e.text.find('\n');
        header_ok = nl != std::string::npos &&
                    RE2::PartialMatch(std::string_view(e.text).substr(0, nl), *r.header_re);
        from = nl == std::string::npos ? e.text.size() : nl + 1;
      }
      bool hit = header_ok && r.re->Match(e.text, from, e.text.size(), RE2::UNANCHORED,
                                          groups.data(), static_cast<int>(groups.size()));
      if (hit && r.unless_re &&
          RE2::PartialMatch(groups[static_cast<size_t>(text_group)], *r.unless_re))
        hit = false;
      if (e.should_match && !hit) {
        errors.push_back({r.file, e.line, r.id + ": exemplet matchar inte: " + e.text});
      } else if (!e.should_match && hit) {
        errors.push_back({r.file, e.line, r.id + ": exemplet ska inte matcha: " + e.text});
      } else if (hit && !e.expect.empty() &&
                 std::string(groups[static_cast<size_t>(text_group)]) != e.expect) {
        errors.push_back({r.file, e.line,
                          r.id + ": gav \"" + std::string(groups[static_cast<size_t>(text_group)]) +
                              "\", väntat \"" + e.expect + "\""});
      }
    }
  }
  return errors;
}

}  // namespace gransk::rules
