// Sources read and validated ahead of the merge by a few persistent worker
// threads, handed over strictly in the order given, so the result never
// depends on timing. Persistent threads, not one per file: the locator's
// memos (labels, similarities) are per thread and stay warm across files.
// At most kReadAhead sources per worker wait ahead of the merge, so memory
// stays flat; more than one, so that reading and validating overlap even
// when one file reads slowly and the next validates slowly: with one source
// ahead the two threads went in lock step (1 worker at N = 2,000: 1.23-1.39 x
// the parse floor with one ahead, 1.07-1.22 x with four, same machine, same
// minutes).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace statform::sheets {

template <typename Prepared> class SourcePipeline {
  public:
    static constexpr std::size_t kReadAhead = 4;

    using Prepare = std::function<Prepared(const std::filesystem::path&)>;

    SourcePipeline(const std::vector<std::filesystem::path>& files, std::size_t workers,
                   Prepare prepare)
        : files_(files), workers_(workers == 0 ? 1 : workers), prepare_(std::move(prepare)),
          promises_(files.size()) {
        futures_.reserve(files.size());
        for (auto& promise : promises_)
            futures_.push_back(promise.get_future());
        for (std::size_t k = 0; k < workers_ && k < files.size(); ++k)
            threads_.emplace_back([this, k] { work(k); });
    }

    // Stops the workers (a cancelled merge) and waits for them.
    ~SourcePipeline() {
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        consumed_changed_.notify_all();
        for (auto& thread : threads_)
            thread.join();
    }

    SourcePipeline(const SourcePipeline&) = delete;
    SourcePipeline& operator=(const SourcePipeline&) = delete;

    // Source `index`, once prepared; call with 0, 1, 2, … in turn. Rethrows
    // what preparing it threw.
    Prepared take(std::size_t index) {
        Prepared prepared = futures_[index].get();
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            consumed_ = index + 1;
        }
        consumed_changed_.notify_all();
        return prepared;
    }

  private:
    // Worker k prepares sources k, k + workers, k + 2 * workers, …
    void work(std::size_t first) {
        for (std::size_t i = first; i < files_.size(); i += workers_) {
            {
                std::unique_lock<std::mutex> lock(mutex_);
                consumed_changed_.wait(
                    lock, [&] { return stopping_ || i < consumed_ + workers_ * kReadAhead; });
                if (stopping_)
                    return;
            }
            try {
                promises_[i].set_value(prepare_(files_[i]));
            } catch (...) {
                promises_[i].set_exception(std::current_exception());
            }
        }
    }

    const std::vector<std::filesystem::path>& files_;
    const std::size_t workers_;
    const Prepare prepare_;
    std::vector<std::promise<Prepared>> promises_;
    std::vector<std::future<Prepared>> futures_;
    std::mutex mutex_;
    std::condition_variable consumed_changed_;
    std::size_t consumed_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> threads_; // last: started once everything else exists
};

} // namespace statform::sheets
