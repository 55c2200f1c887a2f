// Words of Swedish audit and security language that the system word list
// (wswedish) lacks, so that their compounds split: "cyberattack", "incidentrutin".
#pragma once

#include <array>
#include <string_view>

namespace gransk::nlp {

inline constexpr std::array<std::string_view, 40> kDomainWords = {"it",
                                                                  "ikt",
                                                                  "cyber",
                                                                  "ransomware",
                                                                  "incident",
                                                                  "incidenter",
                                                                  "kontinuitet",
                                                                  "klassning",
                                                                  "klassningar",
                                                                  "riskanalys",
                                                                  "riskanalyser",
                                                                  "förvaltning",
                                                                  "systemförvaltning",
                                                                  "styrning",
                                                                  "hotbild",
                                                                  "molntjänst",
                                                                  "molntjänster",
                                                                  "attack",
                                                                  "attacker",
                                                                  "leverantör",
                                                                  "digitalisering",
                                                                  "riktlinje",
                                                                  "riktlinjer",
                                                                  "ledningssystem",
                                                                  "återrapportering",
                                                                  "eskalering",
                                                                  "rutin",
                                                                  "rutiner",
                                                                  "revision",
                                                                  "granskning",
                                                                  "granskningar",
                                                                  "rekommendation",
                                                                  "rekommendationer",
                                                                  "åtgärd",
                                                                  "åtgärder",
                                                                  "handlingsplan",
                                                                  "handlingsplaner",
                                                                  "uppföljning",
                                                                  "efterlevnad",
                                                                  "medlemskommun"};

}  // namespace gransk::nlp
