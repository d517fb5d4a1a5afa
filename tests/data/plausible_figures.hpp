// What a school or district plausibly types into a row of each unit type,
// {count, people}: the figures the unit and integration tests fill a form
// with when they need a correct report.
#pragma once

#include <map>
#include <string>
#include <utility>

namespace statform::test_figures {

inline const std::map<std::string, std::pair<double, double>>& plausible_figures() {
    static const std::map<std::string, std::pair<double, double>> figures = {
        {"classes", {5, 0}},          {"class_people", {3, 75}},
        {"people", {0, 12}},          {"events", {2, 0}},
        {"event_people", {2, 150}},   {"news_items", {12, 0}},
        {"print_copies", {500, 0}},   {"collectives_individuals", {4, 20}},
        {"collectives", {4, 0}},      {"individuals", {0, 20}},
        {"books", {300, 0}},          {"organisations", {3, 0}},
        {"districts", {8, 0}},        {"communes", {12, 0}},
        {"schools_centres", {40, 0}}, {"money", {25'000'000, 0}},
    };
    return figures;
}

} // namespace statform::test_figures
