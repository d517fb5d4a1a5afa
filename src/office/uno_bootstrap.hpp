// This side of the UNO bridge: a local component context that knows the
// office's types and StatForm's own, so calls into the office and into the
// StatForm service can be marshalled.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <string>

namespace statform::office {

// Bootstraps once per process; later calls return the same context.
css::uno::Reference<css::uno::XComponentContext>
local_context(const std::filesystem::path& program_dir, const std::filesystem::path& own_types_rdb);

// "file:///…" for a system path (spaces and Vietnamese letters encoded).
std::string file_url(const std::filesystem::path& path);

} // namespace statform::office
