#pragma once
// A statement of the PostgreSQL back end as a sql::Statement. Parameters are sent as text with
// their types (int8, float8, text), so the server never has to guess; the whole result is
// fetched at the first step and stepped through in memory. Internal to the back end.

#include "store/postgres/sql_translation.hpp"
#include "store/sql/statement.hpp"

#include <string>
#include <vector>

struct pg_result;

namespace tanggap::store::postgres {

class Connection;

class Statement final : public sql::Statement {
  public:
    Statement(Connection& connection, std::string_view sql);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() override;

    void bind_int(int index, std::int64_t value) override;
    void bind_real(int index, double value) override;
    void bind_text(int index, std::string_view value) override;
    void bind_null(int index) override;
    void bind_text_or_null(int index, std::string_view value) override;
    void bind_real_or_null(int index, std::optional<double> value) override;
    void bind_int_or_null(int index, std::optional<std::int64_t> value) override;
    int parameter_index(const char* name) const override;

    core::Result<bool> step() override;

    std::int64_t column_int(int index) const override;
    double column_real(int index) const override;
    std::string column_text(int index) const override;
    bool column_is_null(int index) const override;

    bool failed_on_foreign_key() const override { return foreign_key_failure_; }
    void reset() override;

  private:
    struct Parameter {
        std::string value;
        unsigned int type = 0;  // an Oid; 0 lets the server infer it
        bool null = true;
    };

    Parameter& parameter(int index);
    const char* value(int index) const;

    Connection& connection_;
    std::string sql_;  // as written, for error messages
    TranslatedSql translated_;
    std::vector<Parameter> parameters_;
    pg_result* result_ = nullptr;
    bool executed_ = false;
    int row_ = -1;
    int rows_ = 0;
    bool foreign_key_failure_ = false;
};

}  // namespace tanggap::store::postgres
