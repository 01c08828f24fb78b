# Writes OUTPUT, a .cpp defining openapi_document() from the JSON file INPUT.
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}" "#include \"api/openapi_document.hpp\"\n\nnamespace tanggap::api {\n\nstd::string_view openapi_document() {\n    static constexpr char kDocument[] = R\"TANGGAP_OPENAPI(${content})TANGGAP_OPENAPI\";\n    return {kDocument, sizeof kDocument - 1};\n}\n\n}  // namespace tanggap::api\n")
