#include "wire.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace gransk::isolation::detail {

bool write_all(int fd, const void* data, size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

bool read_all(int fd, void* data, size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    const ssize_t r = ::read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}

bool write_request(int fd, const std::string& input) {
  const uint64_t n = input.size();
  return write_all(fd, &n, sizeof n) && write_all(fd, input.data(), input.size());
}

std::optional<std::string> read_request(int fd) {
  uint64_t n = 0;
  if (!read_all(fd, &n, sizeof n) || n > (1u << 20)) return std::nullopt;
  std::string s(n, '\0');
  if (!read_all(fd, s.data(), n)) return std::nullopt;
  return s;
}

bool write_response(int fd, uint8_t kind, const std::string& payload) {
  char header[9];
  const uint64_t n = payload.size();
  header[0] = static_cast<char>(kind);
  std::memcpy(header + 1, &n, sizeof n);
  return write_all(fd, header, sizeof header) && write_all(fd, payload.data(), payload.size());
}

std::optional<Response> take_response(std::string& buffer) {
  if (buffer.size() < 9) return std::nullopt;
  uint64_t n = 0;
  std::memcpy(&n, buffer.data() + 1, sizeof n);
  if (buffer.size() < 9 + n) return std::nullopt;
  Response r;
  r.kind = static_cast<uint8_t>(buffer[0]);
  r.payload = buffer.substr(9, n);
  buffer.erase(0, 9 + n);
  return r;
}

}  // namespace gransk::isolation::detail
