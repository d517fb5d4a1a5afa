// The merge's workers: results in the order given whatever the timing, never
// more than `workers` sources ahead, failures handed over, a cancel that
// returns promptly.
#include "sheets/source_pipeline.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using statform::sheets::SourcePipeline;
namespace fs = std::filesystem;

std::vector<fs::path> numbered_files(int count) {
    std::vector<fs::path> files;
    for (int i = 0; i < count; ++i)
        files.emplace_back(std::to_string(i));
    return files;
}

TEST(SourcePipeline, HandsOverInTheOrderGivenWhateverTheTiming) {
    const auto files = numbered_files(40);
    SourcePipeline<std::string> pipeline(files, 3, [](const fs::path& file) {
        // Later files finish first.
        std::this_thread::sleep_for(std::chrono::microseconds(400 - 10 * std::stoi(file.string())));
        return "read " + file.string();
    });
    for (std::size_t i = 0; i < files.size(); ++i)
        EXPECT_EQ(pipeline.take(i), "read " + std::to_string(i));
}

TEST(SourcePipeline, NeverWorksMoreThanItsReadAheadPerWorkerAhead) {
    constexpr int ahead = 2 * static_cast<int>(SourcePipeline<int>::kReadAhead);
    const auto files = numbered_files(30);
    std::atomic<int> started{0};
    SourcePipeline<int> pipeline(files, 2, [&](const fs::path& file) {
        ++started;
        return std::stoi(file.string());
    });
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2)); // a slow merge
        EXPECT_LE(started.load(), static_cast<int>(i) + ahead);
        EXPECT_EQ(pipeline.take(i), static_cast<int>(i));
    }
}

TEST(SourcePipeline, AFailureIsHandedOverWithItsSource) {
    const auto files = numbered_files(5);
    SourcePipeline<int> pipeline(files, 2, [](const fs::path& file) {
        if (file == "2")
            throw std::runtime_error("broken 2");
        return std::stoi(file.string());
    });
    EXPECT_EQ(pipeline.take(0), 0);
    EXPECT_EQ(pipeline.take(1), 1);
    EXPECT_THROW(pipeline.take(2), std::runtime_error);
    EXPECT_EQ(pipeline.take(3), 3);
}

TEST(SourcePipeline, CancellingStopsTheWorkersWithoutPreparingTheRest) {
    const auto files = numbered_files(1000);
    std::atomic<int> prepared{0};
    {
        SourcePipeline<int> pipeline(files, 2, [&](const fs::path&) { return ++prepared; });
        pipeline.take(0);
    } // cancelled after the first source
    EXPECT_LE(prepared.load(), 1 + 2 * static_cast<int>(SourcePipeline<int>::kReadAhead));
}

} // namespace
