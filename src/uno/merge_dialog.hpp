// The "Merge workbooks" dialog (dialogs/Merge.xdl): the person builds the
// list of report files (add files, add a whole folder, remove), sees each
// file's recognised unit and edition, picks the summary's edition and where
// the result goes.
#pragma once

#include "uno/extension_context.hpp"
#include "uno/merge_into_document.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include <optional>

namespace statform::uno {

struct MergeChoice {
    MergeRequest request;
    bool into_current_document = false;
};

std::optional<MergeChoice> ask_merge_choice(ExtensionContext& extension,
                                            const css::uno::Reference<css::frame::XFrame>& frame);

// "Trường THCS A — htsd-2023 (2023) — file.xlsx": what the dialog lists for a file.
std::string describe_report_file(ExtensionContext& extension, const std::filesystem::path& file);

} // namespace statform::uno
