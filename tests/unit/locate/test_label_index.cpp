// The fast paths of label matching give exactly the numbers of the plain
// computation (core/label_match_reference.hpp): the bit-parallel edit
// distance against the textbook table, and the catalogue index against
// comparing the labels one pair at a time. On the shipped editions' labels,
// on labels retyped the ways units retype them, on the labels of the
// bundled samples, and on texts like the hostile corpus's (the corpus
// itself needs an office to be made, so its kinds of text are typed here).
#include "core/locate/label_index.hpp"
#include "core/locate/label_match.hpp"
#include "core/locate/label_match_reference.hpp"
#include "core/locate/locator_sheet.hpp"
#include "io/read_workbook.hpp"
#include "test_data.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

namespace core = statform::core;

// The thresholds the locator asks for: worth knowing, with a code, a match,
// a header phrase, a group, out of order.
constexpr double kMinimums[] = {0.5, 0.6, 0.75, 0.85, 0.9};

std::string random_text(std::mt19937& random, std::size_t length, std::string_view alphabet) {
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string text;
    for (std::size_t i = 0; i < length; ++i)
        text += alphabet[pick(random)];
    return text;
}

TEST(BitParallelDistance, EqualsTheTextbookTableForAnyLengths) {
    std::mt19937 random(14);
    // Lengths around one and two machine words, small alphabets (many
    // matches) and every byte value (UTF-8 and broken bytes).
    const std::string small = "ab";
    const std::string letters = "abcdefghijklmnopqrstuvwxyz ";
    std::string bytes;
    for (int c = 1; c < 256; ++c)
        bytes += static_cast<char>(c);
    std::uniform_int_distribution<std::size_t> length(0, 200);
    for (int round = 0; round < 3000; ++round) {
        const std::string_view alphabet = round % 3 == 0 ? small : round % 3 == 1 ? letters : bytes;
        const std::string a = random_text(random, length(random), alphabet);
        const std::string b = random_text(random, length(random), alphabet);
        ASSERT_EQ(core::edit_distance(a, b), core::reference::edit_distance(a, b))
            << "'" << a << "' / '" << b << "'";
    }
    for (const std::size_t n : {63u, 64u, 65u, 127u, 128u, 129u, 300u}) {
        const std::string a = random_text(random, n, letters);
        std::string b = a;
        b[n / 2] = '#';
        EXPECT_EQ(core::edit_distance(a, b), 1u);
        EXPECT_EQ(core::edit_distance(a, ""), n);
        EXPECT_EQ(core::edit_distance(a, a.substr(1)), 1u);
        const std::string c = random_text(random, n + 7, letters);
        EXPECT_EQ(core::edit_distance(a, c), core::reference::edit_distance(a, c));
        EXPECT_EQ(core::edit_distance(c, a), core::reference::edit_distance(a, c));
    }
}

TEST(BitParallelDistance, BoundedVersionEqualsTheBandedTable) {
    std::mt19937 random(1414);
    const std::string letters = "aeinoht ";
    std::uniform_int_distribution<std::size_t> length(0, 150);
    for (int round = 0; round < 2000; ++round) {
        const std::string a = random_text(random, length(random), letters);
        const std::string b = random_text(random, length(random), letters);
        for (const std::size_t limit : {0u, 1u, 3u, 10u, 40u, 200u})
            ASSERT_EQ(core::edit_distance_at_most(a, b, limit),
                      core::reference::edit_distance_at_most(a, b, limit))
                << "'" << a << "' / '" << b << "' limit " << limit;
    }
}

// ---------------------------------------------------------------------------
// Labels to compare: the editions', retyped ones, the samples', hostile ones.

std::vector<std::string> edition_labels() {
    std::set<std::string> labels;
    for (const core::Edition& edition : statform::test_data::catalog().editions())
        for (const core::TemplateRow& row : edition.rows) {
            labels.insert(core::locator::label_key(row.label).label);
            if (!row.corrected_label.empty())
                labels.insert(core::locator::label_key(row.corrected_label).label);
        }
    return {labels.begin(), labels.end()};
}

std::vector<std::string> raw_edition_labels() {
    std::vector<std::string> labels;
    for (const core::Edition& edition : statform::test_data::catalog().editions())
        for (const core::TemplateRow& row : edition.rows)
            labels.push_back(row.label);
    return labels;
}

// The ways units retype a label: without diacritics (normalising drops them
// anyway, so the plain folded text), a letter mistyped, dropped or doubled,
// a word missing or added, words swapped, a line break, a label cut short.
std::vector<std::string> retyped(const std::vector<std::string>& raw, std::mt19937& random) {
    std::vector<std::string> out;
    const std::string letters = "abcdeghiklmnopqrstuvxy";
    std::uniform_int_distribution<std::size_t> letter(0, letters.size() - 1);
    for (const std::string& original : raw) {
        const std::string folded = core::normalize_label(original);
        if (folded.empty())
            continue;
        std::uniform_int_distribution<std::size_t> at(0, folded.size() - 1);
        out.push_back(folded);
        for (int typo = 0; typo < 3; ++typo) {
            std::string text = folded;
            text[at(random)] = letters[letter(random)];
            out.push_back(text);
            text.erase(at(random) % text.size(), 1);
            out.push_back(text);
            const std::size_t pos = at(random);
            text.insert(pos % (text.size() + 1), 1, letters[letter(random)]);
            out.push_back(text);
        }
        std::string without_word = folded;
        if (const auto space = folded.find(' '); space != std::string::npos)
            without_word = folded.substr(space + 1);
        out.push_back(without_word);
        out.push_back(folded + " khac");
        out.push_back("cac " + folded);
        out.push_back(folded.substr(0, folded.size() / 2));
        if (const auto space = folded.rfind(' '); space != std::string::npos)
            out.push_back(folded.substr(space + 1) + " " + folded.substr(0, space));
        out.push_back(core::normalize_label(original + "\n(nếu có)"));
        std::string broken = original;
        if (const auto space = broken.find(' '); space != std::string::npos)
            broken[space] = '\n';
        out.push_back(core::normalize_label(broken));
        out.push_back(core::locator::label_key("1.1. " + original).label);
    }
    return out;
}

std::vector<std::string> sample_labels() {
    std::set<std::string> labels;
    for (const auto& file : std::filesystem::directory_iterator(
             std::filesystem::path(STATFORM_SOURCE_DIR) / "samples")) {
        const auto extension = file.path().extension();
        if (extension != ".ods" && extension != ".xlsx")
            continue;
        const auto read = statform::io::read_workbook(file.path());
        if (!read.workbook)
            continue; // an .xlsx only the office reads faithfully
        for (const core::Sheet& sheet : read.workbook->sheets)
            for (std::size_t r = 0; r < sheet.grid.rows(); ++r)
                for (std::size_t c = 0; c < sheet.grid.cols(); ++c)
                    if (const core::Cell& cell = sheet.grid.at(r, c);
                        cell.kind == core::CellKind::Text)
                        labels.insert(core::locator::label_key(cell.text).label);
    }
    return {labels.begin(), labels.end()};
}

// The kinds of text the hostile corpus puts into cells.
std::vector<std::string> hostile_labels() {
    std::vector<std::string> texts = {
        "=HYPERLINK(\"http://127.0.0.1:8000/don-vi\";\"Trường\")",
        "=cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "+1+1",
        "-2+3",
        "\u202eRight-to-left Hoạt động",
        std::string("control \x01\x07\x1b[31m chars \x7f"),
        std::string("broken \xC3 utf-8 \xE1\xBB"),
        "THỦ TRƯỞNG ĐƠN VỊ",
        "(Ký, ghi rõ họ tên)",
        "STT",
        "Họ và tên",
        "Ngày sinh",
    };
    texts.push_back(std::string(3100, 'x'));
    std::string long_label;
    for (int i = 0; i < 40; ++i)
        long_label += "Hoạt động khác số " + std::to_string(i) + " ";
    texts.push_back(long_label);
    std::vector<std::string> normalized;
    for (const std::string& text : texts)
        normalized.push_back(core::locator::label_key(text).label);
    return normalized;
}

// The sheet labels the stress sheet of bench/ adds under row 11.
std::vector<std::string> stress_labels() {
    std::vector<std::string> labels;
    for (int i = 1; i <= 2000; i += 7)
        labels.push_back(core::locator::label_key("Hoạt động khác số " + std::to_string(i)).label);
    return labels;
}

void expect_index_equals_pairs(const core::LabelIndex& index,
                               const std::vector<std::string>& queries) {
    std::vector<std::size_t> ids(index.size());
    for (std::size_t id = 0; id < ids.size(); ++id)
        ids[id] = id;
    std::size_t similar_pairs = 0;
    for (const double minimum : kMinimums) {
        for (const std::string& query : queries) {
            const std::vector<double> fast = index.similarities(query, ids, minimum);
            ASSERT_EQ(fast.size(), ids.size());
            for (std::size_t id = 0; id < ids.size(); ++id) {
                const double plain =
                    core::reference::similarity_worth_knowing(query, index.text(id), minimum);
                // Bit for bit: the matcher compares these numbers with each other.
                ASSERT_EQ(fast[id], plain)
                    << "'" << query << "' / '" << index.text(id) << "' at " << minimum;
                similar_pairs += plain > 0 ? 1 : 0;
            }
        }
    }
    // The queries do reach the exact scoring, not only the bounds.
    EXPECT_GT(similar_pairs, queries.size() / 4);
}

core::LabelIndex catalogue_index() {
    return core::LabelIndex(edition_labels());
}

TEST(LabelIndex, EqualsPairByPairOnTheEditionsOwnLabels) {
    expect_index_equals_pairs(catalogue_index(), edition_labels());
}

TEST(LabelIndex, EqualsPairByPairOnRetypedLabels) {
    std::mt19937 random(2026);
    expect_index_equals_pairs(catalogue_index(), retyped(raw_edition_labels(), random));
}

TEST(LabelIndex, EqualsPairByPairOnTheSamplesLabels) {
    const std::vector<std::string> labels = sample_labels();
    ASSERT_GT(labels.size(), 100u); // the samples were read
    expect_index_equals_pairs(catalogue_index(), labels);
}

TEST(LabelIndex, EqualsPairByPairOnHostileAndStressLabels) {
    std::vector<std::string> labels = hostile_labels();
    for (std::string& label : stress_labels())
        labels.push_back(std::move(label));
    const core::LabelIndex index = catalogue_index();
    std::vector<std::size_t> ids(index.size());
    for (std::size_t id = 0; id < ids.size(); ++id)
        ids[id] = id;
    for (const double minimum : kMinimums)
        for (const std::string& query : labels) {
            const std::vector<double> fast = index.similarities(query, ids, minimum);
            for (std::size_t id = 0; id < ids.size(); ++id)
                ASSERT_EQ(fast[id],
                          core::reference::similarity_worth_knowing(query, index.text(id), minimum))
                    << "'" << query << "' / '" << index.text(id) << "' at " << minimum;
        }
}

TEST(LabelIndex, AnIndexOfAnyTextsAnswersForThoseTexts) {
    // Texts that are not form labels (header phrases, random words), in the
    // order asked for, repeats and an empty text included.
    std::mt19937 random(7);
    std::vector<std::string> texts = {"so lop/so cuoc thi", "noi dung cac hoat dong", "",
                                      "ghi chu"};
    for (int i = 0; i < 50; ++i)
        texts.push_back(random_text(random, 3 + i % 20, "aehnot /"));
    texts.push_back("ghi chu");
    const core::LabelIndex index(texts);
    std::vector<std::size_t> ids;
    for (const std::string& text : texts)
        ids.push_back(index.id_of(text));
    EXPECT_EQ(ids.front() == ids.back(), false);
    EXPECT_EQ(index.id_of("ghi chu"), ids[3]);
    std::vector<std::string> queries = texts;
    for (int i = 0; i < 300; ++i)
        queries.push_back(random_text(random, 2 + i % 30, "aehnot /,"));
    for (const double minimum : kMinimums)
        for (const std::string& query : queries) {
            const std::vector<double> fast = index.similarities(query, ids, minimum);
            for (std::size_t k = 0; k < ids.size(); ++k)
                ASSERT_EQ(fast[k],
                          core::reference::similarity_worth_knowing(query, texts[k], minimum))
                    << "'" << query << "' / '" << texts[k] << "' at " << minimum;
        }
}

TEST(LabelMatch, FastSimilarityEqualsTheReference) {
    std::mt19937 random(99);
    const std::vector<std::string> labels = edition_labels();
    const std::vector<std::string> typed = retyped(raw_edition_labels(), random);
    for (std::size_t q = 0; q < typed.size(); q += 3)
        for (const std::string& label : labels) {
            ASSERT_EQ(core::normalized_label_similarity(typed[q], label),
                      core::reference::normalized_label_similarity(typed[q], label));
            for (const double minimum : kMinimums)
                ASSERT_EQ(core::label_similarity_at_least(typed[q], label, minimum),
                          core::reference::label_similarity_at_least(typed[q], label, minimum));
        }
}

} // namespace
