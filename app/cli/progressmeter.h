#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>

namespace sucai::cli {

// One status line on a terminal ("\r"-rewritten, at most a few times a second): bytes done of
// total, speed over a sliding window, ETA, files done. Silent when stderr is not a terminal.
class ProgressMeter
{
public:
    explicit ProgressMeter(bool enabled);
    void setTotals(qint64 bytes, int files);
    void update(qint64 bytesDone, int filesDone, bool force = false);
    void finish();

    static QString formatBytes(qint64 bytes);
    static QString formatDuration(qint64 seconds);

private:
    bool m_enabled;
    qint64 m_totalBytes = 0;
    int m_totalFiles = 0;
    QElapsedTimer m_clock;
    qint64 m_lastPrint = -1000;
    QList<QPair<qint64, qint64>> m_samples; // (ms, bytes) over the last few seconds
    int m_lastWidth = 0;
};

} // namespace sucai::cli
