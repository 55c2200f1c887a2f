#include "request_guard.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <algorithm>
#include <cctype>

namespace gransk::cli::web {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool all_digits(const std::string& s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// A value from the request, short and printable, for a message.
std::string shown(const std::string& s) {
  std::string out;
  for (const char c : s.substr(0, 80)) out += std::iscntrl(static_cast<unsigned char>(c)) ? '?' : c;
  return s.size() > 80 ? out + "…" : out;
}

bool loopback_host(const std::string& h) {
  return h == "localhost" || h == "127.0.0.1" || h == "::1";
}

// The address a connection came in on, as a Host would name it.
std::string unmapped(const std::string& addr) {
  const std::string v4 = "::ffff:";
  return lower(addr.rfind(v4, 0) == 0 ? addr.substr(v4.size()) : addr);
}

std::optional<Refusal> check_host(const httplib::Request& req, const GuardConfig& c) {
  if (req.get_header_value_count("Host") != 1)
    return Refusal{421, "Begäran ska ha precis ett Host-huvud.", false};
  const std::string value = req.get_header_value("Host");
  const auto host = host_of(value);
  if (host && (loopback_host(*host) || c.hosts.count(*host) || *host == unmapped(req.local_addr)))
    return std::nullopt;
  return Refusal{421,
                 "Värdnamnet ”" + shown(value) +
                     "” godtas inte. Gransk nås som localhost, 127.0.0.1 eller [::1] (eller med "
                     "namn som angetts med --listen eller --vardnamn). Det hindrar andra "
                     "webbplatser från att nå arkivet genom att peka sitt namn hit "
                     "(DNS-rebinding).",
                 false};
}

std::optional<Refusal> check_size(const httplib::Request& req, const GuardConfig& c) {
  // httplib adds REMOTE_ADDR, REMOTE_PORT, LOCAL_ADDR and LOCAL_PORT to what was sent.
  if (req.headers.size() > c.max_headers + 4)
    return Refusal{431,
                   "Begäran har för många huvudfält (högst " + std::to_string(c.max_headers) +
                       ").",
                   false};
  if (req.target.size() > c.max_target)
    return Refusal{414,
                   "Adressen är för lång (högst " + std::to_string(c.max_target) +
                       " tecken). Korta sökningen eller filtren.",
                   false};
  if (req.method != "GET" && req.method != "HEAD" && req.method != "POST")
    return Refusal{405, "Gransk tar bara emot GET och POST.", false};
  // The body's size must be known before it is read: a chunked or unsized
  // body would be read to its end, however long.
  if (req.has_header("Transfer-Encoding"))
    return Refusal{411, "Begäran ska ange sin längd (Content-Length); delad överföring tas inte emot.",
                   false};
  const bool has_length = req.has_header("Content-Length");
  if (req.method == "POST" && !has_length)
    return Refusal{411, "Begäran ska ange sin längd (Content-Length).", false};
  if (has_length) {
    const std::string n = req.get_header_value("Content-Length");
    if (req.get_header_value_count("Content-Length") != 1 || !all_digits(n) || n.size() > 12 ||
        std::stoull(n) > c.max_body)
      return Refusal{413,
                     "Begäran är för stor: högst " + std::to_string(c.max_body / (1024 * 1024)) +
                         " MB tas emot.",
                     false};
  }
  return std::nullopt;
}

// Compared as SHA-256 digests, byte by byte without an early exit: the time
// taken says nothing about how much of the password was right.
bool same_secret(const std::string& a, const std::string& b) {
  const QByteArray x = QCryptographicHash::hash(QByteArray::fromStdString(a),
                                                QCryptographicHash::Sha256);
  const QByteArray y = QCryptographicHash::hash(QByteArray::fromStdString(b),
                                                QCryptographicHash::Sha256);
  unsigned char diff = 0;
  for (qsizetype i = 0; i < x.size(); ++i) diff |= static_cast<unsigned char>(x[i] ^ y[i]);
  return diff == 0;
}

// HTTP Basic: any user name, the server's password.
bool authorised(const httplib::Request& req, const std::string& password) {
  const std::string a = req.get_header_value("Authorization");
  if (a.size() < 7 || lower(a.substr(0, 6)) != "basic ") return false;
  const auto decoded = QByteArray::fromBase64Encoding(
      QByteArray::fromStdString(a.substr(6)).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded) return false;
  const std::string credentials = decoded.decoded.toStdString();
  const size_t colon = credentials.find(':');
  return colon != std::string::npos && same_secret(credentials.substr(colon + 1), password);
}

// "http://host:port" of an Origin or Referer, lower case.
std::string origin_of(const std::string& url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return lower(url);  // "null" stays "null"
  return lower(url.substr(0, url.find('/', scheme + 3)));
}

std::optional<Refusal> check_origin(const httplib::Request& req) {
  if (req.method == "GET" || req.method == "HEAD") return std::nullopt;
  const std::string own = "http://" + lower(req.get_header_value("Host"));
  // Without either header (curl, scripts) the page's token still guards changes.
  const char* header = req.has_header("Origin")    ? "Origin"
                       : req.has_header("Referer") ? "Referer"
                                                   : nullptr;
  if (!header || origin_of(req.get_header_value(header)) == own) return std::nullopt;
  return Refusal{403,
                 "Begäran kom från en annan sida (" + shown(req.get_header_value(header)) +
                     ") och avvisas. Ändringar och sökningar med fil görs bara från Gransks "
                     "egen sida.",
                 false};
}

}  // namespace

std::optional<std::string> host_of(const std::string& value) {
  std::string host, rest;
  if (!value.empty() && value[0] == '[') {
    const size_t close = value.find(']');
    if (close == std::string::npos) return std::nullopt;
    host = value.substr(1, close - 1);
    rest = value.substr(close + 1);
  } else {
    const size_t colon = value.find(':');
    if (colon != std::string::npos && value.find(':', colon + 1) != std::string::npos)
      return std::nullopt;  // an IPv6 address belongs in brackets
    host = value.substr(0, colon);
    rest = colon == std::string::npos ? "" : value.substr(colon);
  }
  if (!rest.empty() && (rest[0] != ':' || !all_digits(rest.substr(1)) || rest.size() > 6))
    return std::nullopt;
  if (host.empty() || std::any_of(host.begin(), host.end(), [](unsigned char c) {
        return !std::isalnum(c) && c != '.' && c != '-' && c != ':' && c != '_';
      }))
    return std::nullopt;
  return lower(host);
}

std::optional<Refusal> refuse(const httplib::Request& req, const GuardConfig& c) {
  if (auto r = check_host(req, c)) return r;
  if (auto r = check_size(req, c)) return r;
  if (!c.password.empty()) {
    if (c.throttle)
      if (const auto wait = c.throttle->blocked(req.remote_addr))
        return Refusal{429,
                       "För många felaktiga lösenord från " + req.remote_addr +
                           ". Försök igen om " + std::to_string((wait->count() + 59) / 60) +
                           " min.",
                       false};
    if (!authorised(req, c.password)) {
      // A browser asks first without a password: only a wrong one counts.
      if (c.throttle && req.has_header("Authorization")) c.throttle->failed(req.remote_addr);
      return Refusal{401,
                     "Gransk kräver lösenord här: ange lösenordet ur filen som gavs med "
                     "--losenord-fil (användarnamnet spelar ingen roll).",
                     true};
    }
  }
  return check_origin(req);
}

}  // namespace gransk::cli::web
