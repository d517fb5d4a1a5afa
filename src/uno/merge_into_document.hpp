// "Merge workbooks" inside the office: the shared merge pipeline
// (sheets/merge_job), .xls sources opened hidden and read-only with macros
// never run, progress in the frame's status bar, and the three result sheets
// written into a document: a new one, or the current one as one undo step.
#pragma once

#include "core/merge/merge.hpp"
#include "core/summary/summary_sheets.hpp"
#include "uno/extension_context.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace statform::uno {

struct MergeRequest {
    std::vector<std::filesystem::path> files; // files and folders
    std::string template_id;                  // empty: the newest edition
    std::vector<std::string> expected_units;
    // URL or path of an earlier summary (last year's) the narrative compares
    // the totals with; empty: no comparison.
    std::string previous_file;
    // The narrative report as a Writer document: saved to this .odt/.docx
    // (URL or path; empty: not saved) and/or opened for the person to edit.
    std::string narrative_file;
    bool open_narrative = false;
    std::string unit_name; // the aggregating unit, for the summary's title block
    std::string place;
    std::string level;          // "district", "province" or empty: how the narrative speaks
    std::string governing_body; // first line of the report's heading block; may be empty
    bool cancellable = false;   // show a window with a Cancel button (a person is at the screen)
};

struct MergeOutcome {
    core::MergeResult result;
    std::vector<core::SourceFindings> validation; // each source's validation findings
    std::string summary_sheet;
    std::string message;    // for the user, in the UI language
    bool cancelled = false; // the person stopped it: nothing was written
};

// Writes into `target` (as one undo step). `frame` (may be empty) shows progress.
MergeOutcome
merge_into_document(ExtensionContext& extension, const MergeRequest& request,
                    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& target,
                    const css::uno::Reference<css::frame::XFrame>& frame);

// Files given as URLs or paths, folders expanded to the spreadsheets in them.
std::vector<std::filesystem::path> source_files(const std::vector<std::string>& urls_or_paths);

} // namespace statform::uno
