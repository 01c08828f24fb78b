#pragma once
// The sub-commands of the `tanggap` binary. Each returns the process exit code.

#include "app/config.hpp"

#include <string>

namespace tanggap::app {

int run_serve(const ServeConfig& config);

struct UserAddOptions {
    std::string data_dir = "./var";
    std::string username;
    std::string role;
    std::string unit;
    std::string display_name;
    bool password_stdin = false;
};
int run_user_add(const UserAddOptions& options);

int run_backup(const std::string& data_dir, const std::string& target);
int run_migrate(const std::string& data_dir);

}  // namespace tanggap::app
