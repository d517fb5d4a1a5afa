#include "core/locate/label_match.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

using statform::core::edit_distance;
using statform::core::label_similarity;
using statform::core::normalize_label;
using statform::core::normalized_label_similarity;

TEST(NormalizeLabel, RemovesDiacriticsAndLowers) {
    EXPECT_EQ(normalize_label("Nội dung các hoạt động"), "noi dung cac hoat dong");
    EXPECT_EQ(normalize_label("Đơn vị"), "don vi");
    EXPECT_EQ(normalize_label("ĐỒNG"), "dong");
    EXPECT_EQ(normalize_label("Thăm quan"), "tham quan");
    EXPECT_EQ(normalize_label("Trưng bày"), "trung bay");
    EXPECT_EQ(normalize_label("Ấn phẩm"), "an pham");
    EXPECT_EQ(normalize_label("Xóa mù chữ"), "xoa mu chu");
    EXPECT_EQ(normalize_label("Kỹ năng"), "ky nang");
    EXPECT_EQ(normalize_label("Quyển/tờ"), "quyen/to");
}

TEST(NormalizeLabel, EveryVietnameseVowelFolds) {
    const std::string lower = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    const std::string upper = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";
    const std::string expected = std::string(17, 'a') + std::string(11, 'e') + std::string(5, 'i') +
                                 std::string(17, 'o') + std::string(11, 'u') + std::string(5, 'y') +
                                 "d";
    EXPECT_EQ(normalize_label(lower), expected);
    EXPECT_EQ(normalize_label(upper), expected);
}

TEST(NormalizeLabel, DecomposedMarksFold) {
    // "Người" written n g u + U+031B (horn) o + U+031B + U+0300 (grave) i
    EXPECT_EQ(normalize_label("Ngu\xCC\x9Bo\xCC\x9B\xCC\x80i"), "nguoi");
    // "Học tập" with U+0323 dot below, U+0302 + U+0323 etc.
    EXPECT_EQ(normalize_label("Ho\xCC\xA3"
                              "c ta\xCC\xA3\xCC\x82p"),
              "hoc tap");
    // tilde U+0303, hook U+0309, acute U+0301, breve U+0306
    EXPECT_EQ(normalize_label("nga\xCC\x83 ca\xCC\x89 a\xCC\x81 a\xCC\x86"), "nga ca a a");
}

TEST(NormalizeLabel, CollapsesSpacesAndLineBreaks) {
    EXPECT_EQ(normalize_label("  Các lớp bồi dưỡng,\ntập huấn\t tổ chức  "),
              "cac lop boi duong, tap huan to chuc");
    EXPECT_EQ(normalize_label("Tổ chức\r\nLễ khai mạc"), "to chuc le khai mac");
    EXPECT_EQ(normalize_label("Kinh\xC2\xA0phí"), "kinh phi");    // NBSP
    EXPECT_EQ(normalize_label("Kinh\xE2\x80\x8Bphí"), "kinhphi"); // zero-width space dropped
}

TEST(NormalizeLabel, SpacingAroundSlashAndComma) {
    EXPECT_EQ(normalize_label("Lớp / người"), "lop/nguoi");
    EXPECT_EQ(normalize_label("lớp/ người"), "lop/nguoi");
    EXPECT_EQ(normalize_label("Tin ,bài"), "tin, bai");
    EXPECT_EQ(normalize_label("Tin,bài"), "tin, bai");
    EXPECT_EQ(normalize_label("Tin , bài"), "tin, bai");
    EXPECT_EQ(normalize_label("( các cấp )"), "(cac cap)");
    EXPECT_EQ(normalize_label("1,5"), "1,5");
}

TEST(NormalizeLabel, TrimsSurroundingPunctuation) {
    EXPECT_EQ(normalize_label("Tổng số người tham gia, trong đó:"),
              "tong so nguoi tham gia, trong do");
    EXPECT_EQ(normalize_label("- Tập thể"), "tap the");
    EXPECT_EQ(normalize_label("+ Cá nhân;"), "ca nhan");
    EXPECT_EQ(normalize_label("• Cá nhân"), "ca nhan");
    EXPECT_EQ(normalize_label("“Ghi chú”"), "ghi chu");
    EXPECT_EQ(normalize_label("Kinh phí hỗ trợ (nếu có)"), "kinh phi ho tro (neu co)");
    EXPECT_EQ(normalize_label(""), "");
    EXPECT_EQ(normalize_label(" : "), "");
}

TEST(NormalizeLabel, KeepsOtherCharacters) {
    EXPECT_EQ(normalize_label("2.500.000 ₫"), "2.500.000 ₫");
    EXPECT_EQ(normalize_label("Straße"), "straße");
}

TEST(EditDistance, Basics) {
    EXPECT_EQ(edit_distance("", ""), 0u);
    EXPECT_EQ(edit_distance("abc", ""), 3u);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(edit_distance("trung", "trong"), 1u);
}

TEST(LabelSimilarity, EqualAfterNormalisationIsOne) {
    EXPECT_DOUBLE_EQ(label_similarity("Thăm quan", "Tham quan"), 1.0);
    EXPECT_DOUBLE_EQ(label_similarity("Trưng bày, triển lãm", "Trung bày, triển lãm"), 1.0);
    EXPECT_DOUBLE_EQ(label_similarity("KINH PHÍ", "Kinh phí"), 1.0);
    EXPECT_DOUBLE_EQ(label_similarity("Tin, bài", "tin ,bai"), 1.0);
}

TEST(LabelSimilarity, DifferentTextsNeverScoreOne) {
    EXPECT_LT(label_similarity("Bồi dưỡng thường xuyên cho giáo viên",
                               "Bồi dưỡng thường xuyên cho giáo viê"),
              1.0);
}

TEST(LabelSimilarity, TyposScoreHigh) {
    EXPECT_GT(label_similarity("Bồi dưỡng thường xuyên cho giáo viên",
                               "Boi duong thuong xuyen cho giao vein"),
              0.9);
    EXPECT_GT(label_similarity("Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác (nếu có)",
                               "Kinh phí hỗ trợ, huy động từ các nguồn lợi pháp khác (nếu có)"),
              0.9);
    EXPECT_GT(label_similarity("Ngân sách nhà nước", "Ngân sach nha nươc"), 0.99);
}

TEST(LabelSimilarity, MissingWordScoresHigh) {
    EXPECT_GT(label_similarity("Số sách đã huy động tặng các trường học, thư viện",
                               "Số sách đã huy động tặng các trường, thư viện"),
              0.85);
    EXPECT_GT(label_similarity("Số tin bài về các hoạt động của Tuần lễ",
                               "Số tin, bài về các hoạt động của Tuần lễ"),
              0.95);
    EXPECT_GT(label_similarity("Tổ chức các cuộc thi, các buổi tọa đàm về khuyến đọc",
                               "Tổ chức các thi, các buổi tọa đàm về khuyến đọc"),
              0.85);
}

TEST(LabelSimilarity, DifferentLabelsScoreLow) {
    EXPECT_LT(label_similarity("Tập thể", "Cá nhân"), 0.5);
    EXPECT_LT(label_similarity("Tập thể", "Số tập thể tặng sách"), 0.6);
    EXPECT_LT(label_similarity("Hoạt động văn nghệ", "Hoạt động thể dục thể thao"), 0.6);
    EXPECT_LT(label_similarity("Kinh phí", "Ngân sách nhà nước"), 0.4);
    EXPECT_LT(label_similarity("Họ và tên học sinh", "Các lớp bồi dưỡng, tập huấn tổ chức"), 0.5);
    EXPECT_DOUBLE_EQ(label_similarity("", "Kinh phí"), 0.0);
}

TEST(LabelSimilarity, WordOrderDoesNotMatterMuch) {
    EXPECT_GT(label_similarity("Hội sách, đường sách, phố sách", "Đường sách, hội sách, phố sách"),
              0.9);
}

TEST(LabelSimilarity, IsSymmetricAndBounded) {
    const std::vector<std::string> labels = {
        "Tập thể", "Số tập thể tặng sách",  "Khen thưởng về tổ chức Tuần lễ",
        "Ghi chú", "Phổ cập giáo dục THCS", "Phổ cập giáo dục tiểu học",
        "x"};
    for (const auto& a : labels) {
        for (const auto& b : labels) {
            const double ab = label_similarity(a, b);
            EXPECT_DOUBLE_EQ(ab, label_similarity(b, a)) << a << " / " << b;
            EXPECT_GE(ab, 0.0);
            EXPECT_LE(ab, 1.0);
        }
    }
}

TEST(LabelSimilarity, FastEnoughForThousandsOfCells) {
    const std::string label = normalize_label(
        "Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ, công chức, viên chức "
        "(các cấp)");
    std::vector<std::string> cells;
    for (int i = 0; i < 5000; ++i)
        cells.push_back(
            normalize_label("Bồi dưỡng nâng cao trình độ tin học cho cán bộ " + std::to_string(i)));
    const auto start = std::chrono::steady_clock::now();
    double sum = 0;
    for (const auto& cell : cells)
        sum += normalized_label_similarity(cell, label);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_GT(sum, 0);
    // Generous bound (sanitizer builds are slower); typically a few milliseconds.
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 1000);
}

TEST(EditDistance, BoundedVersionAgreesWithTheFullOne) {
    const std::vector<std::string> words = {"",        "a",          "ab",        "kitten",
                                            "sitting", "trung bay",  "trong bay", "hoat dong",
                                            "tap the", "so tap the", "ca nhan",   "abcdefghij"};
    for (const auto& a : words) {
        for (const auto& b : words) {
            const std::size_t full = edit_distance(a, b);
            for (std::size_t limit = 0; limit <= 11; ++limit) {
                const std::size_t bounded = statform::core::edit_distance_at_most(a, b, limit);
                EXPECT_EQ(bounded, full <= limit ? full : limit + 1)
                    << a << " / " << b << " limit " << limit;
            }
        }
    }
}

TEST(LabelSimilarity, ThresholdTestAgreesWithTheScore) {
    std::vector<std::string> labels;
    for (const char* text : {"Tập thể",
                             "Cá nhân",
                             "Số tập thể tặng sách",
                             "Số tập thể, cá nhân tặng sách",
                             "Hoạt động văn nghệ",
                             "Hoạt động thể dục thể thao",
                             "Phổ cập giáo dục THCS",
                             "Phổ cập giáo dục tiểu học",
                             "Phổ cập giáo dục (tiểu học, THCS)",
                             "Kinh phí",
                             "Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác (nếu có)",
                             "Kinh phí huy động từ các nguồn hợp pháp khác (nếu có)",
                             "Nội dung các hoạt động",
                             "Noi dung cac hoat đong",
                             "Ghi chú",
                             "Ghi chu:",
                             "Đơn vị",
                             "Don vi tinh",
                             "Người",
                             "Hội sách, đường sách, phố sách",
                             "Đường sách, hội sách, phố sách",
                             "Số lượng",
                             "So luong nguoi",
                             "Bồi dưỡng thường xuyên cho giáo viên",
                             "Boi duong thuong xuyen cho giao vein"})
        labels.push_back(normalize_label(text));
    for (const auto& a : labels) {
        for (const auto& b : labels) {
            const double score = normalized_label_similarity(a, b);
            for (double minimum : {0.5, 0.6, 0.75, 0.8, 0.85, 0.9, 0.95}) {
                EXPECT_EQ(statform::core::label_similarity_at_least(a, b, minimum),
                          score >= minimum)
                    << a << " / " << b << " score " << score << " minimum " << minimum;
            }
        }
    }
}
