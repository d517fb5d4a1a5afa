// A problem found while loading a template or unit-type file, precise enough
// for the office IT person who edits these files by hand to find and fix it.
#pragma once

#include <string>

namespace statform::core {

struct LoadProblem {
    std::string file;      // file name (or path) the problem is in
    std::string json_path; // where in the file, e.g. "rows[12].unit_type"; empty = whole file
    std::string message;   // what is wrong, in plain words
    // false: the file was rejected (skipped). true: the file still loaded and
    // this is only worth fixing (an unknown field that may be a typo, ...).
    bool is_warning = false;

    // "htsd-2024.json: rows[12].unit_type: unknown unit type \"lop\"" (with
    // "warning: " in front of warnings), for logs and message boxes.
    std::string describe() const {
        std::string text = is_warning ? "warning: " : "";
        text += file;
        if (!json_path.empty())
            text += ": " + json_path;
        text += ": " + message;
        return text;
    }
};

} // namespace statform::core
