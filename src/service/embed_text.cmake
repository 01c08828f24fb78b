# Writes OUTPUT, a .cpp defining FUNCTION() (in tanggap::service, declared in HEADER) that returns
# the text of the file INPUT, so shipped reference data travels inside the binary.
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}" "#include \"${HEADER}\"\n\nnamespace tanggap::service {\n\nstd::string_view ${FUNCTION}() {\n    static constexpr char kText[] = R\"TANGGAP_EMBED(${content})TANGGAP_EMBED\";\n    return {kText, sizeof kText - 1};\n}\n\n}  // namespace tanggap::service\n")
