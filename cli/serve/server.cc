#include "server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "../archive_options.h"
#include "connection.h"
#include "gransk/index/register.h"
#include "listen_access.h"
#include "pages.h"
#include "request_guard.h"
#include "web_assets.h"

namespace gransk::cli::web {
namespace {

std::atomic<bool> g_stop{false};
extern "C" void on_signal(int) { g_stop = true; }

std::string random_token() {
  std::string t;
  static const char* hex = "0123456789abcdef";
  for (int i = 0; i < 32; ++i) t += hex[QRandomGenerator::system()->bounded(16)];
  return t;
}

// application/x-www-form-urlencoded
Params form_of(const httplib::Request& req) {
  Params p;
  std::istringstream in(req.body);
  for (std::string pair; std::getline(in, pair, '&');) {
    const size_t eq = pair.find('=');
    if (eq == std::string::npos) continue;
    p.emplace(url_decode(pair.substr(0, eq), true), url_decode(pair.substr(eq + 1), true));
  }
  return p;
}

// Each worker thread keeps its own connection: SQLite handles are not shared.
index::Archive* archive_for(const std::string& path) {
  thread_local std::unique_ptr<index::Archive> archive;
  if (!archive) {
    std::string error;
    archive = index::Archive::open(path, error);
    if (!archive) std::cerr << "gransk serve: " << error << "\n";
  }
  return archive.get();
}

void send(httplib::Response& res, const Response& r) {
  res.status = r.status;
  if (!r.location.empty()) {
    res.set_header("Location", safe_return(r.location));  // every redirect, not only tillbaka=
    res.set_content("", "text/plain");
    return;
  }
  if (!r.filename.empty())
    res.set_header("Content-Disposition", "attachment; filename=\"" + r.filename + "\"");
  res.set_content(r.body, r.content_type);
}

// A refused request: the Swedish page, and the connection closed after it
// (its body, if any, was never read).
void send_refusal(httplib::Response& res, const Refusal& r) {
  close_after_response();
  send(res, error_page(r.status, r.message));
  res.set_header("Connection", "close");
  if (r.ask_password)
    res.set_header("WWW-Authenticate", "Basic realm=\"Gransk\", charset=\"UTF-8\"");
}

// Every request passes the guard before a page (or a 100 Continue) sees it;
// the waits and sizes of one connection are bounded in connection.cc.
void guard(httplib::Server& svr, const GuardConfig& g) {
  svr.set_payload_max_length(g.max_body);
  svr.set_read_timeout(5);  // no byte for 5 s: the client is gone
  svr.set_write_timeout(5);
  svr.set_keep_alive_timeout(5);
  svr.set_keep_alive_max_count(20);
  svr.set_pre_routing_handler([&g](const httplib::Request& req, httplib::Response& res) {
    const auto r = refuse(req, g);
    if (!r) return httplib::Server::HandlerResponse::Unhandled;
    send_refusal(res, *r);
    return httplib::Server::HandlerResponse::Handled;
  });
  // A client that asks before sending a large body gets the refusal instead of "go on".
  svr.set_expect_100_continue_handler([&g](const httplib::Request& req, httplib::Response& res) {
    const auto r = refuse(req, g);
    if (!r) return 100;
    send_refusal(res, *r);
    return r->status;
  });
}

}  // namespace

int serve(const ServeOptions& o) {
  const std::string db = o.db.empty() ? index::Archive::default_path() : o.db;
  {
    std::string error;
    if (!index::Archive::open(db, error)) {
      std::cerr << "gransk serve: " << error << "\n";
      return 1;
    }
  }
  // Every page with statuses reads the register: keep it between requests
  // while the archive's data stay the same.
  index::keep_register_between_reads(true);
  Context ctx{random_token(), {}, std::chrono::seconds(o.search_time_limit_s)};
  GuardConfig guard_config;
  PasswordThrottle throttle;
  guard_config.throttle = &throttle;
  // Off loopback anyone in the network reaches the page: not without a password.
  const bool local = is_loopback(o.listen);
  if (!o.password_file.empty()) {
    std::string error;
    if (!read_password_file(o.password_file, guard_config.password, error)) {
      std::cerr << "gransk serve: " << error << "\n";
      return 1;
    }
  } else if (!local) {
    std::cerr << "gransk serve: --listen " << o.listen
              << " gör arkivet nåbart för andra datorer i nätet. Ange då ett lösenord med "
                 "--losenord-fil FIL (lösenordet på första raden, filen läsbar bara för dig: "
                 "chmod 600 FIL).\n";
    return 1;
  }
  for (std::string name : o.host_names) {
    if (const auto h = host_of(name)) guard_config.hosts.insert(*h);
  }
  // The address listened on is a name the page is reached by (not 0.0.0.0 or
  // ::, which no browser asks for: the connection's own address counts then).
  if (const auto h = host_of(o.listen.find(':') != std::string::npos && o.listen[0] != '['
                                 ? "[" + o.listen + "]"
                                 : o.listen);
      h && *h != "0.0.0.0" && *h != "::")
    guard_config.hosts.insert(*h);
  GuardedServer svr;
  guard(svr, guard_config);
  svr.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                           // same-origin, not no-referrer: with no-referrer a
                           // browser sends "Origin: null" on the page's own POSTs.
                           {"Referrer-Policy", "same-origin"},
                           {"X-Frame-Options", "DENY"}});
  // Every page goes through here: the archive, today's date, one error boundary.
  auto page_route = [&](auto fn) {
    return [&, fn](const httplib::Request& req, httplib::Response& res) {
      try {
        index::Archive* a = archive_for(db);
        if (!a) return send(res, error_page(500, "Arkivet kunde inte öppnas."));
        Context c = ctx;
        c.today = today_iso();
        Response r = fn(*a, req, c);
        if (r.content_type.rfind("text/html", 0) == 0)
          res.set_header("Content-Security-Policy",
                         "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                         "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
                         "form-action 'self'; base-uri 'none'");
        send(res, r);
      } catch (const std::exception& e) {
        std::cerr << "gransk serve: " << req.method << " " << req.path << ": " << e.what() << "\n";
        send(res, error_page(500,
                             "Något gick fel i Gransk. Försök igen; felet är loggat där "
                             "servern startades."));
      }
    };
  };
  auto changing = [&](auto fn) {
    return page_route([fn](index::Archive& a, const httplib::Request& req, const Context& c) {
      const Params form = form_of(req);
      if (param(form, "token") != c.token)
        return error_page(403, "Ändringen saknar giltig token. Ladda om sidan och försök igen.");
      return fn(a, form, c);
    });
  };

  svr.Get("/", page_route([](index::Archive& a, const httplib::Request& r, const Context& c) {
            return search_page(a, r.params, c);
          }));
  svr.Get("/sok.csv",
          page_route([](index::Archive& a, const httplib::Request& r, const Context& c) {
            return search_export(a, r.params, c, Export::Csv);
          }));
  svr.Get("/sok.xlsx",
          page_route([](index::Archive& a, const httplib::Request& r, const Context& c) {
            return search_export(a, r.params, c, Export::Xlsx);
          }));
  svr.Get("/sok.json",
          page_route([](index::Archive& a, const httplib::Request& r, const Context& c) {
            return search_export(a, r.params, c, Export::Json);
          }));
  svr.Post(
      "/sok/batch", page_route([](index::Archive& a, const httplib::Request& r, const Context& c) {
        // Up to 50 searches for one request: as costly as a change, so the same token.
        if (!r.has_file("token") || r.get_file_value("token").content != c.token)
          return error_page(403, "Sökningen saknar giltig token. Ladda om sidan och försök igen.");
        if (!r.has_file("fragor"))
          return error_page(400, "Välj en textfil med en sökning per rad.");
        return batch_search(a, r.params, c, r.get_file_value("fragor").content);
      }));
  svr.Get("/rapporter", page_route([](index::Archive& a, const httplib::Request& r,
                                      const Context&) { return reports_page(a, r.params); }));
  svr.Get(R"(/rapport/(\d{1,15}))",
          page_route([](index::Archive& a, const httplib::Request& r, const Context& c) {
            return report_page(a, std::stoll(r.matches[1].str()), r.params, c);
          }));
  // The PDF of a report in the archive, by its number: no path comes from the request.
  svr.Get(R"(/rapport/(\d{1,15})/pdf)", [&](const httplib::Request& req, httplib::Response& res) {
    index::Archive* a = archive_for(db);
    const auto r = a ? a->report(std::stoll(req.matches[1].str())) : std::nullopt;
    if (!r) return send(res, error_page(404, "Ingen sådan rapport."));
    // Read once; the bytes served are the bytes checked against the archive.
    std::ifstream in(r->path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
      return send(res, error_page(410, "PDF-filen finns inte längre: " + r->path));
    const QByteArray digest =
        QCryptographicHash::hash(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                 QCryptographicHash::Sha256);
    if (bytes.empty() || digest.toHex().toStdString() != r->sha256)
      return send(res,
                  error_page(410, "PDF-filen har ändrats eller flyttats sedan den lästes in: " +
                                      r->path + ". Läs in den igen med gransk ingest."));
    res.set_header(
        "Content-Disposition",
        "inline; filename=\"" + std::filesystem::path(r->path).filename().string() + "\"");
    res.set_content(bytes, "application/pdf");
  });
  svr.Get("/rekommendationer",
          page_route([](index::Archive& a, const httplib::Request& r, const Context& c) {
            return register_page(a, r.params, c);
          }));
  svr.Get("/rekommendationer.csv",
          page_route([](index::Archive& a, const httplib::Request& r, const Context& c) {
            return register_export(a, r.params, c);
          }));
  svr.Post("/lank", changing([](index::Archive& a, const Params& f, const Context& c) {
             return link_action(a, f, c);
           }));
  svr.Post("/svar", changing([](index::Archive& a, const Params& f, const Context& c) {
             return answer_action(a, f, c);
           }));
  svr.Get("/uppfoljning",
          page_route([](index::Archive& a, const httplib::Request& r, const Context& c) {
            return followup_page(a, r.params, c);
          }));
  svr.Get("/statistik", page_route([](index::Archive& a, const httplib::Request& r,
                                      const Context&) { return stats_page(a, r.params); }));
  svr.Get("/static/gransk.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "max-age=300");
    res.set_content(std::string(kStyleCss), "text/css; charset=utf-8");
  });
  svr.Get("/static/gransk.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "max-age=300");
    res.set_content(std::string(kScriptJs), "text/javascript; charset=utf-8");
  });
  svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const Response r = error_page(
        res.status, res.status == 404 ? "Sidan finns inte." : "Begäran kunde inte tas emot.");
    res.set_content(r.body, r.content_type);
  });

  if (!local)
    std::cerr << "gransk serve: varning: lyssnar på " << o.listen
              << " — andra datorer i nätet når sidan med lösenordet. Använd bara i ett "
                 "betrott nät (trafiken är okrypterad).\n";
  // SO_REUSEADDR only: a restarted server gets its port back at once, but a
  // port in use is refused. httplib's default, SO_REUSEPORT, would let a
  // second server share the port and take half the requests.
  svr.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  errno = 0;
  const int port = o.port == 0 ? svr.bind_to_any_port(o.listen)
                               : (svr.bind_to_port(o.listen, o.port) ? o.port : -1);
  if (port < 0) {
    const int why = errno;
    std::cerr << "gransk serve: kunde inte lyssna på " << o.listen << ":" << o.port << ": "
              << (why == EACCES ? "porten kräver särskilda rättigheter (välj en över 1023)"
                  : why == EADDRNOTAVAIL ? "adressen finns inte på den här datorn"
                                         : "porten är upptagen av ett annat program")
              << ". Välj en annan port med --port, eller --port 0 för en ledig.\n";
    return 1;
  }
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::thread stopper([&] {
    while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    svr.stop();
  });
  std::cout << "Gransk serverar " << db << "\n  http://" << (o.listen == "::1" ? "[::1]" : o.listen)
            << ":" << port << "/\nToken för ändringar (sidan har den): " << ctx.token
            << (guard_config.password.empty()
                    ? ""
                    : "\nLösenord krävs (från " + o.password_file + ", valfritt användarnamn).")
            << "\nAvsluta med Ctrl+C.\n"
            << std::flush;
  const bool ok = svr.listen_after_bind();
  g_stop = true;
  stopper.join();
  return ok ? 0 : 1;
}

}  // namespace gransk::cli::web
