// Validation of whole tables: a correct report, where the table sits, what
// the locator could not place, and the recognition summary.
#include "test_validation_support.hpp"

#include "core/merge/merge_from_validation.hpp"

#include <gtest/gtest.h>

using namespace statform::validation_test;

TEST(ValidationTable, CorrectFilled2023TableHasNoErrorOrWarning) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible();
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(report.table.status, TableStatus::Found);
    EXPECT_EQ(report.table.edition_id, "htsd-2023");
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
    // One line says how the total read the row the form prints without a
    // number: the inserted form's SUM counts it.
    ASSERT_EQ(report.findings.size(), 1u) << describe(report);
    EXPECT_EQ(report.findings[0].rule, "group-total-reading");
    EXPECT_EQ(report.findings[0].severity, Severity::Info);
    EXPECT_TRUE(report.fixes.empty());
}

TEST(ValidationTable, CorrectFilled2022And2020TablesHaveNoFindings) {
    for (const char* id : {"htsd-2022", "htsd-2020-district"}) {
        FormSheet sheet(id);
        sheet.fill_plausible();
        const ValidationReport report = sheet.validate();
        EXPECT_EQ(report.table.edition_id, id);
        EXPECT_TRUE(report.findings.empty()) << describe(report);
    }
}

TEST(ValidationTable, RecognitionIsReportedInBothLanguages) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible();
    const ValidationReport vi = sheet.validate();
    EXPECT_EQ(vi.table.sheet, "Thống kê");
    EXPECT_EQ(vi.table.year, 2023);
    EXPECT_GT(vi.table.confidence, 0.9);
    EXPECT_EQ(vi.table.rows_found, sheet.form().rows.size());
    EXPECT_EQ(vi.table.rows_missing, 0u);
    EXPECT_FALSE(vi.table.locator_reason.empty());
    EXPECT_EQ(vi.table.summary.rfind("Đã nhận ra mẫu htsd-2023 (năm 2023) ở trang «Thống kê», "
                                     "độ tin cậy ",
                                     0),
              0u)
        << vi.table.summary;
    EXPECT_NE(vi.table.summary.find("tìm thấy 41/41 dòng của mẫu."), std::string::npos)
        << vi.table.summary;
    const ValidationReport en = sheet.validate(Language::English);
    EXPECT_EQ(en.table.summary.rfind("Recognised form htsd-2023 (2023) on sheet “Thống kê”", 0), 0u)
        << en.table.summary;
    EXPECT_EQ(vi.source, "test.ods");
    EXPECT_EQ(vi.values.edition_id, "htsd-2023");
    EXPECT_EQ(vi.values.year, 2023);
    EXPECT_EQ(vi.values.rows.size(), sheet.form().rows.size());
}

TEST(ValidationTable, CellAddressesAreSheetAddressesWhenTheTableStartsAtF12) {
    // The form's top-left corner at F12, read once as a whole sheet and once
    // as a used range (grid origin F12): the addresses must not differ.
    for (const bool grid_starts_at_form : {false, true}) {
        SCOPED_TRACE(grid_starts_at_form);
        FormSheet sheet("htsd-2023", 11, 5, grid_starts_at_form);
        sheet.fill_plausible();
        sheet.count("classes.literacy", 15).people("classes.literacy", 12).compute_totals();
        const ValidationReport report = sheet.validate();
        const Finding finding = only(report, "people-below-count");
        // 10 rows of title and header, then 1.11 is the 13th template row.
        EXPECT_EQ(sheet.people_cell("classes.literacy"), "J34");
        EXPECT_EQ(finding.cell->a1(), "J34");
        EXPECT_EQ(finding.cell->row, 33u);
        EXPECT_EQ(finding.cell->col, 9u);
        EXPECT_EQ(finding.related_cells.at(0).a1(), "I34");
    }
}

TEST(ValidationTable, NoTableIsOneClearError) {
    Workbook book;
    book.source = "danh-sach.xlsx";
    Sheet sheet{"Sheet1", {}};
    sheet.grid.set(0, 0, Cell::of_text("Danh sách học sinh lớp 6A"));
    sheet.grid.set(1, 0, Cell::of_text("Nguyễn Văn An"));
    sheet.grid.set(1, 1, Cell::of_number(8.5));
    book.sheets.push_back(sheet);
    const ValidationReport report =
        validate_workbook(book, catalog(), phrases(), Language::Vietnamese);
    ASSERT_EQ(report.findings.size(), 1u) << describe(report);
    const Finding& finding = report.findings.front();
    EXPECT_EQ(finding.rule, "table-not-found");
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_FALSE(finding.cell.has_value());
    EXPECT_NE(finding.message.find("Chèn mẫu thống kê"), std::string::npos);
    EXPECT_EQ(report.table.status, TableStatus::NotFound);
    EXPECT_EQ(report.table.summary, "Không tìm thấy bảng số liệu thống kê.");
    EXPECT_TRUE(report.values.rows.empty());
    EXPECT_EQ(report.source, "danh-sach.xlsx");
}

TEST(ValidationTable, EmptyWorkbookIsNoTable) {
    const ValidationReport report =
        validate_workbook(Workbook{}, catalog(), phrases(), Language::English);
    EXPECT_EQ(only(report, "table-not-found").message.rfind("No statistics table was found", 0),
              0u);
}

TEST(ValidationTable, TableOfAnUnknownFormIsAnError) {
    Workbook book;
    Sheet sheet{"Mua sắm", {}};
    const std::vector<std::vector<std::string>> rows = {
        {"TT", "Nội dung các hoạt động", "Đơn vị", "Số lượng", "", "Ghi chú"},
        {"", "", "", "Số lớp/số cuộc thi", "Người", ""},
        {"1", "Mua sắm bàn ghế học sinh", "Bộ", "10", "", ""},
        {"2", "Sửa chữa phòng học bộ môn", "Phòng", "3", "", ""},
        {"3", "Trang bị máy chiếu cho lớp học", "Chiếc", "5", "", ""},
        {"4", "Lát sân trường", "m2", "300", "", ""},
    };
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            if (!rows[r][c].empty())
                sheet.grid.set(r, c, Cell::of_text(rows[r][c]));
    book.sheets.push_back(sheet);
    const ValidationReport report =
        validate_workbook(book, catalog(), phrases(), Language::Vietnamese);
    const Finding finding = only(report, "unknown-edition");
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_EQ(finding.sheet, "Mua sắm");
    EXPECT_EQ(finding.message.rfind("Trang «Mua sắm» có bảng số liệu nhưng các dòng không khớp "
                                    "với mẫu nào đã biết",
                                    0),
              0u)
        << finding.message;
    EXPECT_EQ(report.table.status, TableStatus::UnknownEdition);
    EXPECT_EQ(report.findings.size(), 1u) << describe(report);
}

TEST(ValidationTable, RowTheUnitAddedIsReportedNeverDropped) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible().add_row_after("classes.other",
                                         "Lớp tiếng dân tộc thiểu số cho cán bộ, công chức",
                                         Cell::of_number(2), Cell::of_number(40));
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "unrecognised-row");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.value_seen, "Lớp tiếng dân tộc thiểu số cho cán bộ, công chức");
    EXPECT_EQ(finding.row_label, "Lớp tiếng dân tộc thiểu số cho cán bộ, công chức");
    EXPECT_FALSE(finding.template_row.has_value());
    // The added row sits right under 1.12, in the label column.
    const std::string below = sheet.label_cell("classes.other");
    EXPECT_EQ(finding.cell->col, 1u);
    EXPECT_EQ(finding.cell->row, std::stoul(below.substr(1))); // the row under 1.12 (0-based)
    EXPECT_NE(finding.message.find("không được tổng hợp"), std::string::npos);
    EXPECT_EQ(report.table.rows_unrecognised, 1u);
}

TEST(ValidationTable, FiguresOnARowWithoutLabelAreReported) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible().add_row_after("activities.arts", "", Cell::of_number(4),
                                         Cell::of_number(90));
    const ValidationReport report = sheet.validate(Language::English);
    const Finding finding = only(report, "unrecognised-row");
    EXPECT_EQ(finding.value_seen, "4");
    EXPECT_EQ(finding.message.rfind("This row holds figures (“4”) but no activity label", 0), 0u)
        << finding.message;
}

TEST(ValidationTable, DeletedTemplateRowIsAnInfoAndNotReported) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible().blank_row("classes.science_law").compute_totals();
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "template-row-missing");
    EXPECT_EQ(finding.severity, Severity::Info);
    EXPECT_EQ(finding.row_code, "1.7");
    EXPECT_FALSE(finding.cell.has_value());
    EXPECT_NE(finding.message.find("Không tìm thấy dòng 1.7 «Phổ biến kiến thức khoa học"),
              std::string::npos)
        << finding.message;
    const RowValues& values = values_of(report, "classes.science_law");
    EXPECT_FALSE(values.in_sheet);
    EXPECT_FALSE(values.count);
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
    EXPECT_EQ(report.table.rows_missing, 1u);
}

TEST(ValidationTable, ApproximatelyMatchedRowSaysWhatWasTypedAndWhatItWasTakenFor) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible().label("contests.book_fairs", "Hội sách, đường sách, phố sác");
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "approximate-row-match");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.cell->a1(), sheet.label_cell("contests.book_fairs"));
    EXPECT_EQ(finding.value_seen, "Hội sách, đường sách, phố sác");
    EXPECT_EQ(finding.row_code, "5.1");
    EXPECT_EQ(finding.message.rfind("Tên dòng «Hội sách, đường sách, phố sác» không khớp hẳn với "
                                    "mẫu; đã hiểu là dòng 5.1 «Hội sách, đường sách, phố sách» "
                                    "(giống ",
                                    0),
              0u)
        << finding.message;
    // Its figures count, flagged.
    const RowValues& values = values_of(report, "contests.book_fairs");
    EXPECT_EQ(values.count, 2);
    EXPECT_TRUE(values.count_warning);
    EXPECT_EQ(report.table.rows_approximate, 1u);
}

TEST(ValidationTable, AnotherSheetWithATableIsMentioned) {
    FormSheet first("htsd-2023");
    first.fill_plausible();
    FormSheet second("htsd-2022");
    Workbook book = first.workbook("Năm 2023");
    book.sheets.push_back({"Năm 2022 (trống)", second.grid()});
    const ValidationReport report =
        validate_workbook(book, catalog(), phrases(), Language::Vietnamese);
    EXPECT_EQ(report.table.sheet, "Năm 2023");
    const Finding finding = only(report, "other-table-found");
    EXPECT_EQ(finding.severity, Severity::Info);
    EXPECT_EQ(finding.sheet, "Năm 2022 (trống)");
    EXPECT_NE(finding.message.find("chỉ bảng ở trang «Năm 2023» được kiểm tra"), std::string::npos)
        << finding.message;
}

TEST(ValidationTable, TableLevelFindingsComeFirstThenCellsInReadingOrder) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible()
        .blank_row("classes.science_law")
        .count("publications", "500")
        .count("news_items", -1)
        // 0 in the unnumbered row: both readings of row 1 agree, no info line.
        .count("classes.rural_vocational", 0.0)
        .people("classes.rural_vocational", 0.0)
        .compute_totals();
    const ValidationReport report = sheet.validate();
    ASSERT_GE(report.findings.size(), 3u) << describe(report);
    EXPECT_EQ(report.findings[0].rule, "template-row-missing");
    EXPECT_EQ(report.findings[1].rule, "negative-number"); // row 2 before row 3
    EXPECT_EQ(report.findings[2].rule, "number-as-text");
}

namespace {

// The 2023 labels under a header, with `columns` of quantity headers: what a
// unit's home-made table looks like.
Workbook home_made_2023(const std::vector<std::string>& quantity_headers) {
    const Edition& form = edition("htsd-2023");
    Grid grid;
    grid.set(0, 0, Cell::of_text("TT"));
    grid.set(0, 1, Cell::of_text("Nội dung các hoạt động"));
    grid.set(0, 2, Cell::of_text("Đơn vị"));
    for (std::size_t c = 0; c < quantity_headers.size(); ++c)
        grid.set(0, 3 + c, Cell::of_text(quantity_headers[c]));
    for (std::size_t i = 0; i < form.rows.size(); ++i) {
        grid.set(i + 1, 0, Cell::of_text(form.rows[i].code));
        grid.set(i + 1, 1, Cell::of_text(form.rows[i].label));
        grid.set(i + 1, 2, Cell::of_text(form.rows[i].unit_text));
        if (!form.rows[i].is_group && !form.rows[i].unit_text.empty())
            grid.set(i + 1, 3, Cell::of_number(2000));
    }
    Workbook book;
    book.sheets.push_back({"Tự làm", grid});
    return book;
}

} // namespace

TEST(ValidationTable, MissingPeopleColumnIsOneErrorNotOnePerRow) {
    const ValidationReport report =
        validate_workbook(home_made_2023({"Số lớp/số cuộc thi", "Ghi chú"}), catalog(), phrases(),
                          Language::Vietnamese);
    const Finding finding = only(report, "quantity-column-missing");
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_EQ(finding.message,
              "Không tìm thấy cột «Người» của bảng, nên số liệu của cột này không được đọc. Hãy "
              "giữ dòng tiêu đề của mẫu (Số lượng: Số lớp/số cuộc thi, Người).");
    EXPECT_TRUE(with_rule(report, "count-without-people").empty()) << describe(report);
    EXPECT_EQ(values_of(report, "news_items").count, 2000);
}

TEST(ValidationTable, QuantityColumnsPlacedByPositionAreMentioned) {
    FormSheet sheet("htsd-2023", 0, 2); // from C1: the quantity columns are F and G
    sheet.fill_plausible();
    Grid grid = sheet.grid();
    for (std::size_t r = 0; r < grid.rows(); ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c)
            if (grid.at(r, c).text == "Số lớp/số cuộc thi" || grid.at(r, c).text == "Người")
                grid.at(r, c) = Cell::empty();
    Workbook book;
    book.sheets.push_back({"Thống kê", grid});
    const ValidationReport report =
        validate_workbook(book, catalog(), phrases(), Language::English);
    const Finding finding = only(report, "quantity-columns-guessed");
    EXPECT_EQ(finding.severity, Severity::Info);
    EXPECT_EQ(finding.message, "The two quantity columns have no header; column F was taken as "
                               "“Number of classes/events” and column G as “People”. Check that "
                               "this is right.");
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
}

TEST(ValidationTable, RenumberedRowIsAnInfo) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible().code("contests.book_fairs", "5.9");
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "row-code-differs");
    EXPECT_EQ(finding.severity, Severity::Info);
    EXPECT_EQ(finding.value_seen, "5.9");
    EXPECT_EQ(finding.message, "Dòng «Hội sách, đường sách, phố sách» ghi số thứ tự «5.9», trong "
                               "mẫu là «5.1». Số liệu vẫn được đọc theo tên dòng; nên sửa số thứ "
                               "tự theo mẫu.");
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
}

TEST(ValidationTable, RowsInAnotherOrderAreReadByTheirLabels) {
    // Rows 2 and 5.1 swapped, figures and all.
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible()
        .label("news_items", "Hội sách, đường sách, phố sách")
        .code("news_items", "5.1")
        .count("news_items", 2)
        .label("contests.book_fairs", "Số tin bài về các hoạt động của Tuần lễ")
        .code("contests.book_fairs", "2")
        .count("contests.book_fairs", 12);
    const ValidationReport report = sheet.validate();
    const std::vector<Finding> moved = with_rule(report, "row-out-of-order");
    ASSERT_FALSE(moved.empty()) << describe(report);
    EXPECT_EQ(moved[0].severity, Severity::Info);
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
    EXPECT_EQ(values_of(report, "news_items").count, 12);
    EXPECT_EQ(values_of(report, "contests.book_fairs").count, 2);
}

// "Compare with last year's report" reads that workbook as Validate does.
TEST(ValidationTable, AWorkbookToCompareWithGivesItsTablesValues) {
    FormSheet last_year("htsd-2022", 4, 2);
    last_year.fill_plausible().count("classes.literacy", 7).people("classes.literacy", 90);
    const auto values = comparison_values(last_year.workbook(), catalog(), phrases());
    ASSERT_TRUE(values.has_value());
    EXPECT_EQ(values->edition_id, "htsd-2022");
    EXPECT_EQ(values->year, 2022);
    const RowValues* literacy = values->find("classes.literacy");
    ASSERT_NE(literacy, nullptr);
    EXPECT_EQ(literacy->count, 7);
    EXPECT_EQ(literacy->people, 90);

    Workbook no_table;
    no_table.sheets.push_back({"Sheet1", Grid{}});
    EXPECT_FALSE(comparison_values(no_table, catalog(), phrases()).has_value());
}

// Next year's form is often this year's copied: two editions whose rows read
// alike. What "Insert statistics template" recorded in the sheet decides.
TEST(ValidationTable, TheEditionRecordedInTheSheetDecidesBetweenLookAlikes) {
    std::vector<Edition> editions = catalog().editions();
    Edition next_year = edition("htsd-2023");
    next_year.id = "htsd-2024";
    next_year.year = 2024;
    editions.insert(editions.begin(), next_year);

    Workbook workbook = FormSheet("htsd-2023").fill_plausible().workbook();
    EXPECT_EQ(locate_statistics_table(workbook, editions).table.edition_id, "htsd-2024")
        << "without a record, the newest look-alike";
    EXPECT_FALSE(locate_statistics_table(workbook, editions).table.edition_recorded);

    workbook.sheets.front().local_names = {"Print_Area", "StatForm_htsd_2023"};
    const LocatedTable recorded = locate_statistics_table(workbook, editions).table;
    EXPECT_EQ(recorded.edition_id, "htsd-2023");
    EXPECT_TRUE(recorded.edition_recorded);

    workbook.sheets.front().local_names = {"StatForm_htsd_2023_2"}; // inserted a second time
    EXPECT_EQ(locate_statistics_table(workbook, editions).table.edition_id, "htsd-2023");

    // A record that the rows plainly contradict (the 2020 district form's
    // name on a 2023 table) does not override them.
    workbook.sheets.front().local_names = {"StatForm_htsd_2020_district"};
    EXPECT_EQ(locate_statistics_table(workbook, editions).table.edition_id, "htsd-2024");
}
