#pragma once
// The privacy officer's letters, in Bahasa Indonesia, as reports::Letter (reports/letter_pdf.hpp):
// the answer to a person's access request (UU 27/2022 Pasal 7) and an incident's notification
// letters (Pasal 46): one to the supervising institution, then one per person it reached. The
// words are here; the layout is the renderer's; the data is the service's.

#include "domain/directory_index.hpp"
#include "reports/letter_pdf.hpp"
#include "service/breaches.hpp"
#include "service/privacy_requests.hpp"

#include <string>

namespace tanggap::api {

// Who writes: the regency (from the directory's leadership unit, "Bupati Indramayu" ->
// "Kabupaten Indramayu") and the signing officer.
struct LetterSender {
    std::string government;  // "Kabupaten Indramayu"
    std::string place;       // "Indramayu", before the date in the signature
    std::string office;      // the unit the officer's desk sits in, e.g. Diskominfo; may be ""
    std::string officer_name;
    std::string officer_username;
};

LetterSender letter_sender(const domain::DirectoryIndex& directory,
                           std::string officer_name,
                           std::string officer_username);

// `key` is the person as the officer identified them; the letter names them masked only.
reports::LetterDocument answer_letter(const service::PersonData& data,
                                      const domain::PersonKey& key,
                                      const domain::DirectoryIndex& directory,
                                      const LetterSender& sender,
                                      domain::Timestamp now);

// The institution's letter names no person: counts, the three texts, the scope. Each person's
// letter names them by their name and masked contact, and is marked for the post when neither
// e-mail nor SMS reaches them.
reports::LetterDocument breach_letters(const service::BreachLetters& letters,
                                       const domain::DirectoryIndex& directory,
                                       const LetterSender& sender,
                                       domain::Timestamp now);

}  // namespace tanggap::api
