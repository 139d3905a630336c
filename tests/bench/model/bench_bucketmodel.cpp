// B4/B6 without a server: a folder of N objects (default 1,000,000) fed to BucketModel page by
// page (1000 keys, as ListObjectsV2 returns them) while a QTableView shows it and scrolls to the
// newest rows, then sorted by size and filtered on the thread pool. Measured:
//   - time to the first rows on screen after the first page arrives (goal <= 0.3 s)
//   - model memory per row (RSS growth / rows, names included; goal <= 200 bytes)
//   - GUI-thread lateness of a precise 10 ms timer during all of it (goal p99 <= 16 ms,
//     max <= 50 ms), and the slowest single page append
// Usage: bench_bucketmodel [objects]   (QT_QPA_PLATFORM=offscreen without a display)
#include "models/bucketmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using sucai::models::BucketModel;

namespace {
qint64 rssBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : 0;
}

struct Lateness
{
    std::vector<double> samples;
    QElapsedTimer clock;
    qint64 last = 0;

    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        if (last > 0)
            samples.push_back(std::max(0.0, (now - last) / 1e6 - 10.0));
        last = now;
    }
    void print(const char *phase)
    {
        if (samples.empty())
            return;
        std::vector<double> s = samples;
        std::sort(s.begin(), s.end());
        const auto at = [&](double q) { return s[size_t(q * double(s.size() - 1))]; };
        std::printf("  %-34s lateness ms: p50 %.1f  p99 %.1f  max %.1f  (%zu ticks)\n", phase,
                    at(0.5), at(0.99), s.back(), s.size());
        samples.clear();
    }
};
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    constexpr int kPage = 1000;
    const QString prefix = QStringLiteral("assets/levels/");

    BucketModel model;
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view.resize(1000, 700);
    view.show();

    Lateness lateness;
    lateness.clock.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] { lateness.tick(); });
    probe.start(10);

    // Keys as real folders of game assets look, each page in listing (byte) order.
    const auto pageOf = [&](int from) {
        QList<BucketModel::Entry> page;
        page.reserve(kPage);
        static const QByteArray standard("STANDARD"); // shared, as the listing parser does
        for (int i = from; i < std::min(total, from + kPage); ++i) {
            page.append({prefix + QStringLiteral("level-%1/sprite-sheet-%2@2x.png")
                                      .arg(i / 100, 5, 10, QLatin1Char('0'))
                                      .arg(i % 100, 2, 10, QLatin1Char('0')),
                         qint64((i * 7919) % 5'000'000), 1'700'000'000 + i, standard});
        }
        return page;
    };

    model.open(QStringLiteral("bench"), prefix);
    const qint64 rssBefore = rssBytes();
    qint64 keyBytes = 0;
    double slowestAppendMs = 0;
    int fed = 0;
    double firstRowsMs = -1;
    QElapsedTimer phase;
    phase.start();

    std::printf("B4/B6 model benchmark: %d objects in pages of %d\n", total, kPage);
    std::function<void()> feed = [&] {
        if (fed >= total) {
            lateness.print("loading + scrolling to the end");
            const qint64 grown = rssBytes() - rssBefore;
            std::printf("  loaded %d rows in %.1f s; slowest page append %.1f ms\n",
                        model.rowCount(), phase.elapsed() / 1000.0, slowestAppendMs);
            std::printf("  RSS growth %.1f MiB = %.0f bytes/row (the listing gave %.0f bytes/row "
                        "of key text)\n",
                        grown / 1048576.0, double(grown) / total, double(keyBytes) / total);
            // Sorting a million names: on the thread pool, applied when done.
            phase.restart();
            QObject::connect(&model, &BucketModel::busyChanged, [&](bool busy) {
                if (busy)
                    return;
                static int step = 0;
                if (step++ == 0) {
                    std::printf("  sort by size (worker + apply): %.2f s; first row %s\n",
                                phase.elapsed() / 1000.0,
                                qPrintable(model.index(0, 0).data().toString()));
                    lateness.print("sorting 1M rows");
                    phase.restart();
                    model.setFilter(QStringLiteral("sheet-42"));
                } else {
                    std::printf("  filter \"sheet-42\": %d rows in %.2f s\n", model.rowCount(),
                                phase.elapsed() / 1000.0);
                    lateness.print("filtering 1M rows");
                    QTimer::singleShot(0, &app, &QCoreApplication::quit);
                }
            });
            model.setSort(BucketModel::SizeColumn, Qt::DescendingOrder);
            return;
        }
        const QList<BucketModel::Entry> page = pageOf(fed);
        for (const auto &e : page)
            keyBytes += 24 + e.key.size() * 2; // the key's QString: header + UTF-16
        QElapsedTimer t;
        t.start();
        model.appendPage(QStringLiteral("bench"), prefix, page, fed + kPage < total ? "next" : "");
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms > 50 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("  page at %d rows took %.1f ms\n", fed, ms);
        slowestAppendMs = std::max(slowestAppendMs, ms);
        if (fed == 0) {
            view.viewport()->repaint(); // what the user sees first
            firstRowsMs = t.nsecsElapsed() / 1e6;
            std::printf("  first rows on screen %.1f ms after the first page arrived\n",
                        firstRowsMs);
        }
        fed += int(page.size());
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QTimer::singleShot(1, &app, feed); // the next page "arrives"; events run in between
    };
    QTimer::singleShot(0, &app, feed);
    return app.exec();
}
