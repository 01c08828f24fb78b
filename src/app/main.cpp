// tanggap: the single binary. Sub-commands: serve, user add, backup, migrate, migrate-data, sweep,
// audit verify, privacy export/erase.

#include "app/commands.hpp"
#include "app/config.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
    using namespace tanggap::app;
    CLI::App app{"Tanggap: public complaint management for local government"};
    app.require_subcommand(1);

    ServeConfig serve;
#ifdef TANGGAP_DEFAULT_AREA_DATA
    serve.area_data_dir = TANGGAP_DEFAULT_AREA_DATA;
#endif
#ifdef TANGGAP_DEFAULT_WEB_DIR
    serve.web_dir = TANGGAP_DEFAULT_WEB_DIR;
#endif
    auto* serve_cmd = app.add_subcommand("serve", "Run the HTTP server");
    add_serve_options(*serve_cmd, serve);

    UserAddOptions user;
    auto* user_cmd = app.add_subcommand("user", "Manage staff accounts");
    user_cmd->require_subcommand(1);
    auto* user_add = user_cmd->add_subcommand("add", "Create a staff account");
    add_store_options(*user_add, user.store);
    user_add->add_option("--username", user.username, "Login name")->required();
    user_add
        ->add_option("--role",
                     user.role,
                     "operator, officer, unit_admin, super_admin, leadership, auditor or "
                     "privacy_officer")
        ->required();
    user_add->add_option("--unit", user.unit, "Unit code (operator, officer, unit_admin)");
    user_add->add_option("--display-name", user.display_name, "Name shown in the console");
    user_add->add_option("--email", user.email, "E-mail for reminders and escalations");
    user_add->add_option("--phone", user.phone, "Phone for SMS reminders (08..., +62...)");
    user_add->add_flag("--password-stdin", user.password_stdin, "Read the password from stdin")
        ->required();
    user_add->add_option(
        "--totp-secret", user.totp_secret, "Base32 TOTP secret to enrol (default: a new one)");
    user_add->add_flag(
        "--no-totp", user.no_totp, "No one-time codes (refused for roles that require them)");
    UserTotpOptions totp;
    auto* user_totp = user_cmd->add_subcommand(
        "totp", "Enrol an account for one-time codes again; prints its otpauth:// URI");
    add_store_options(*user_totp, totp.store);
    user_totp->add_option("--username", totp.username, "Login name")->required();
    user_totp->add_option(
        "--totp-secret", totp.totp_secret, "Base32 TOTP secret to enrol (default: a new one)");

    StoreLocation location;
    std::string backup_target;
    auto* backup_cmd =
        app.add_subcommand("backup", "Copy the store consistently, even while serving");
    add_store_options(*backup_cmd, location);
    backup_cmd->add_option("--to", backup_target, "Backup file to write")->required();

    auto* migrate_cmd = app.add_subcommand("migrate", "Apply pending schema migrations");
    add_store_options(*migrate_cmd, location);

    MigrateDataOptions move;
    auto* move_cmd = app.add_subcommand(
        "migrate-data", "Move an embedded installation into an empty PostgreSQL database");
    move_cmd->add_option("--from", move.from, "The embedded store: sqlite:DATA_DIR")->required();
    move_cmd->add_option("--to", move.to, "The PostgreSQL database: postgresql://...")->required();
    move_cmd->add_flag(
        "--verify-only", move.verify_only, "Compare the two stores' tables again; change nothing");

    SweepOptions sweep;
    auto* sweep_cmd = app.add_subcommand(
        "sweep", "Send due reminders and escalate missed deadlines once, then exit");
    add_store_options(*sweep_cmd, sweep.store);
    sweep_cmd->add_option("--at", sweep.at, "Sweep as if at this ISO 8601 time (default: now)");
    add_holidays_option(*sweep_cmd, sweep.holiday_files);
    add_time_zone_option(*sweep_cmd, sweep.time_zone);
    add_reminders_option(*sweep_cmd, sweep.reminders);
    add_channel_options(*sweep_cmd, sweep.channels);  // reporters told of automatic archiving

    AuditVerifyOptions audit;
    auto* audit_cmd = app.add_subcommand("audit", "The audit log");
    audit_cmd->require_subcommand(1);
    auto* audit_verify = audit_cmd->add_subcommand(
        "verify", "Check every entry and seal of the audit log; exit 1 naming the first bad one");
    add_store_options(*audit_verify, audit.store);
    audit_verify->add_option(
        "--audit-key", audit.key_file, "The signing key file (its .pub is read)");

    PrivacyOptions privacy;
    auto* privacy_cmd =
        app.add_subcommand("privacy", "A person's request about their data (UU PDP)");
    privacy_cmd->require_subcommand(1);
    auto* privacy_export = privacy_cmd->add_subcommand(
        "export", "Print everything held about a person as JSON, and register the request");
    auto* privacy_erase = privacy_cmd->add_subcommand(
        "erase", "Erase a person from complaints, chats and messages; the figures stay");
    for (auto* command : {privacy_export, privacy_erase}) {
        add_store_options(*command, privacy.store);
        command->add_option("--phone", privacy.phone, "The person's phone (08..., +62...)");
        command->add_option("--email", privacy.email, "The person's e-mail address");
        command->add_option("--nik", privacy.nik, "The person's NIK (16 digits)");
    }
    privacy_erase->add_option("--reason", privacy.reason, "Why: the person's request, ...")
        ->required();

    CLI11_PARSE(app, argc, argv);
    try {
        if (*serve_cmd) return run_serve(serve);
        if (*user_add) return run_user_add(user);
        if (*user_totp) return run_user_totp(totp);
        if (*backup_cmd) return run_backup(location, backup_target);
        if (*migrate_cmd) return run_migrate(location);
        if (*move_cmd) return run_migrate_data(move);
        if (*sweep_cmd) return run_sweep(sweep);
        if (*audit_verify) return run_audit_verify(audit);
        if (*privacy_export) return run_privacy(privacy);
        if (*privacy_erase) {
            privacy.erase = true;
            return run_privacy(privacy);
        }
    } catch (const std::exception& e) {
        std::cerr << "tanggap: " << e.what() << "\n";
        return 2;
    }
    return 1;
}
