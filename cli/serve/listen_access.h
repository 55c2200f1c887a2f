// Who may reach gransk serve: on loopback only this computer's users, so no
// password; on any other address the whole network, so a password is required
// (and kept where only its owner can read it).
#pragma once

#include <string>

namespace gransk::cli::web {

// 127.0.0.0/8, ::1 (also as ::ffff:127.x.y.z) or "localhost".
bool is_loopback(const std::string& listen);

// The password in `path` (its first line). False with a Swedish reason if the
// file is missing, readable or writable by others than its owner, or too short.
bool read_password_file(const std::string& path, std::string& password, std::string& error);

inline constexpr size_t kMinPasswordLength = 8;

}  // namespace gransk::cli::web
