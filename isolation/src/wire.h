// Frames on the pipes between the parent and a worker: a request is
// [u64 length][input], a response [u8 kind][u64 length][payload].
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace gransk::isolation::detail {

bool write_all(int fd, const void* data, size_t n);
bool read_all(int fd, void* data, size_t n);  // blocking; false at EOF or error

bool write_request(int fd, const std::string& input);
std::optional<std::string> read_request(int fd);  // nullopt: the parent is done
bool write_response(int fd, uint8_t kind, const std::string& payload);

// The parent reads responses without blocking: bytes are appended to a buffer
// and a frame taken off once complete.
struct Response {
  uint8_t kind = 0;
  std::string payload;
};
std::optional<Response> take_response(std::string& buffer);

}  // namespace gransk::isolation::detail
