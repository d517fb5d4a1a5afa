#include "cli/cli_args.hpp"

#include <string_view>

namespace statform::cli {

const char* usage_text() {
    return "Usage: statform [options] VERB [FILE...]\n"
           "\n"
           "Verbs:\n"
           "  templates          list the official statistics form editions\n"
           "  new OUT.ods|xlsx|xls  write a new workbook holding the statistics template\n"
           "                     (--template ID, --unit NAME, --level school|district|province,\n"
           "                      --place PLACE, --force to replace OUT)\n"
           "  template from-sheet FILE --id ID --year YEAR --title TITLE --out NEW.json\n"
           "                     draft a new edition's template file from the statistics table\n"
           "                     of FILE: rows, groups, units and the keys of the closest known\n"
           "                     rows (--level province|district; --theme THEME: this year's "
           "theme;\n"
           "                      the report outline is the closest edition's; --force to replace\n"
           "                      NEW.json or a template of the same id; --unit-type \"TYPED=ID\" "
           "or\n"
           "                      \"TYPED=new:count|people|count-people|money\" for a unit the\n"
           "                      catalogue does not know, saved in unit-types.json beside\n"
           "                      NEW.json; --key \"CELL=KEY\": the known key for the row whose\n"
           "                      label is in CELL, \"CELL=\" for a new key; both repeatable)\n"
           "  validate FILE|DIR...  check workbooks (.ods, .xlsx, .xls) and print every finding\n"
           "                     (--previous LAST_YEAR: the unit's report of last year, to warn\n"
           "                      about large changes row by row)\n"
           "  merge --out SUMMARY.ods|xlsx FILE|DIR...  add up unit reports into a summary "
           "workbook\n"
           "                     (--template ID: target edition, default the newest;\n"
           "                      --expected UNITS.txt: units that should report; --unit, "
           "--place:\n"
           "                      the aggregating unit for the title block; --level "
           "district|province;\n"
           "                      --narrative-out REPORT.odt|docx|txt: the written report;\n"
           "                      --governing-body NAME: the unit's governing body, first line\n"
           "                      of the report's heading (\"Ủy ban nhân dân huyện Tuần Giáo\");\n"
           "                      --previous SUMMARY: an earlier summary (last year's) that\n"
           "                      the report compares with; --force)\n"
           "  stop-office        stop an office left running by --keep-office\n"
           "  --version          print StatForm's version\n"
           "  --help             print this text\n"
           "\n"
           "Options:\n"
           "  --json             machine-readable output\n"
           "  --office PATH      the office to use (soffice, or its program folder)\n"
           "  --keep-office      leave the office running and reuse it next time\n"
           "  --lang vi|en       language of messages (default: from LANG, Vietnamese first)\n"
           "\n"
           "Exit codes: 0 ok, 1 findings or errors in the data, 2 unusable input or environment.\n";
}

CliArgs parse_args(int argc, char** argv) {
    CliArgs args;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&](std::string_view option) {
            if (i + 1 >= argc)
                throw UsageError(std::string(option) + " needs a value");
            return std::string(argv[++i]);
        };
        if (arg == "--version" || arg == "-V")
            args.verb = "version";
        else if (arg == "--help" || arg == "-h")
            args.verb = "help";
        else if (arg == "--json")
            args.json = true;
        else if (arg == "--keep-office")
            args.keep_office = true;
        else if (arg == "--office")
            args.office = value(arg);
        else if (arg == "--force")
            args.force = true;
        else if (arg == "--template" || arg == "--unit" || arg == "--level" || arg == "--place" ||
                 arg == "--out" || arg == "--expected" || arg == "--narrative-out" ||
                 arg == "--previous" || arg == "--governing-body" || arg == "--id" ||
                 arg == "--year" || arg == "--title" || arg == "--theme")
            args.values[std::string(arg.substr(2))] = value(arg);
        else if (arg == "--unit-type" || arg == "--key")
            args.repeated[std::string(arg.substr(2))].push_back(value(arg));
        else if (arg == "--lang") {
            args.language = value(arg);
            if (*args.language != "vi" && *args.language != "en")
                throw UsageError("--lang takes vi or en");
        } else if (arg.size() > 1 && arg[0] == '-')
            throw UsageError("unknown option " + std::string(arg));
        else if (args.verb.empty())
            args.verb = arg;
        else
            args.files.emplace_back(arg);
    }
    if (args.verb.empty())
        throw UsageError("no verb given");
    return args;
}

} // namespace statform::cli
