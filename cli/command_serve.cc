// gransk serve: the archive as a local web page (see cli/serve/).
#include "commands.h"
#include "limit_options.h"
#include "serve/server.h"
#include "swedish_checks.h"

namespace gransk::cli {

void add_serve_command(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<web::ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Visa arkivet som en webbsida på den här datorn");
  cmd->add_option("--db", o->db, "Arkivfil (standard: $GRANSK_DB eller användarens datakatalog)");
  cmd->add_option("--port", o->port,
                  "Port (standard 8080; 0: valfri ledig). En upptagen port "
                  "ger ett fel")
      ->type_name("HELTAL")
      ->check(whole_number(0, 65535));
  cmd->add_option("--listen", o->listen,
                  "Adress att lyssna på (standard 127.0.0.1). En adress utanför den här "
                  "datorn (0.0.0.0, en adress i nätet) kräver --losenord-fil");
  cmd->add_option("--losenord-fil", o->password_file,
                  "Fil med ett lösenord (första raden, minst 8 tecken, läsbar bara för dig: "
                  "chmod 600). Då kräver varje begäran lösenordet (HTTP Basic, valfritt "
                  "användarnamn)");
  cmd->add_option("--vardnamn", o->host_names,
                  "Ett namn till som sidan får nås med (Host), t.ex. datorns namn i nätet; "
                  "andra namn än localhost, 127.0.0.1, [::1] och --listen avvisas "
                  "(skydd mot DNS-rebinding). Kan upprepas.");
  add_search_time_option(cmd, o->search_time_limit_s);
  cmd->callback([o, &run] { run = [o] { return web::serve(*o); }; });
}

}  // namespace gransk::cli
