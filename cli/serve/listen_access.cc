#include "listen_access.h"

#include <arpa/inet.h>
#include <sys/stat.h>

#include <fstream>

namespace gransk::cli::web {

bool is_loopback(const std::string& listen) {
  if (listen == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, listen.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  if (inet_pton(AF_INET6, listen.c_str(), &v6) != 1) return false;  // a name: assume the network
  if (IN6_IS_ADDR_LOOPBACK(&v6)) return true;
  return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
}

bool read_password_file(const std::string& path, std::string& password, std::string& error) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    error = "lösenordsfilen " + path + " finns inte eller är ingen vanlig fil";
    return false;
  }
  if (st.st_mode & 077) {
    error = "lösenordsfilen " + path +
            " kan läsas eller ändras av andra än ägaren; skydda den med chmod 600 " + path;
    return false;
  }
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line)) line.clear();
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  if (line.empty()) {
    error = "lösenordsfilen " + path + " är tom; skriv lösenordet på första raden";
    return false;
  }
  if (line.size() < kMinPasswordLength) {
    error = "lösenordet i " + path + " är för kort (minst " +
            std::to_string(kMinPasswordLength) + " tecken)";
    return false;
  }
  password = line;
  return true;
}

}  // namespace gransk::cli::web
