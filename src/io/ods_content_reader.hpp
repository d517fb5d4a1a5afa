// Reads the cells of an OpenDocument spreadsheet's content.xml.
//
// Why not orcus' own ODS filter (orcus_ods)? In liborcus 0.17 it silently
// drops percentage, currency, time and boolean cells, keeps only the last
// paragraph of a multi-line cell, drops <text:s/> spaces, loses the cached
// results of text, error, boolean, date and percentage formulas, and ignores
// merged cells (all checked on LibreOffice 7.4 files made by
// tests/data/make_io_fixtures.py). This reader uses orcus' namespace-aware
// SAX parser and interprets the few ODF cell attributes itself, the way Calc
// does, which is short and keeps every value.
#pragma once

#include "core/values/grid.hpp"
#include "io/read_limits.hpp"

#include <string_view>
#include <vector>

namespace statform::io {

// One Sheet per <table:table>, in document order, grids trimmed to the used
// area. Throws LimitExceeded when the limits are crossed (counted while
// parsing, repeated rows and columns included, before any grid exists) and
// std::exception for malformed XML.
std::vector<core::Sheet> read_ods_content(std::string_view content_xml, const ReadLimits& limits);

} // namespace statform::io
