#include "progressmeter.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace sucai::cli {

namespace {
constexpr qint64 kWindowMs = 5000;
constexpr qint64 kPrintEveryMs = 250;
} // namespace

ProgressMeter::ProgressMeter(bool enabled)
    : m_enabled(enabled && isatty(STDERR_FILENO))
{
    m_clock.start();
}

void ProgressMeter::setTotals(qint64 bytes, int files)
{
    m_totalBytes = bytes;
    m_totalFiles = files;
}

QString ProgressMeter::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString ProgressMeter::formatDuration(qint64 s)
{
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void ProgressMeter::update(qint64 bytesDone, int filesDone, bool force)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    m_samples.append({now, bytesDone});
    while (m_samples.size() > 2 && now - m_samples.first().first > kWindowMs)
        m_samples.removeFirst();
    if (!force && now - m_lastPrint < kPrintEveryMs)
        return;
    m_lastPrint = now;
    const qint64 dt = now - m_samples.first().first;
    const qint64 db = bytesDone - m_samples.first().second;
    const double speed = dt > 0 ? double(db) * 1000.0 / double(dt) : 0.0;
    QString eta = QStringLiteral("--:--");
    if (speed > 0 && m_totalBytes > bytesDone)
        eta = formatDuration(qint64(double(m_totalBytes - bytesDone) / speed));
    const QString line =
        QCoreApplication::translate("sucai::cli", "%1 / %2  %3/s  ETA %4  %5/%6 files")
            .arg(formatBytes(bytesDone), formatBytes(m_totalBytes), formatBytes(qint64(speed)), eta)
            .arg(filesDone)
            .arg(m_totalFiles);
    const QByteArray out = line.toLocal8Bit();
    const int pad = qMax(0, m_lastWidth - int(out.size()));
    std::fprintf(stderr, "\r%s%*s", out.constData(), pad, "");
    std::fflush(stderr);
    m_lastWidth = int(out.size());
}

void ProgressMeter::finish()
{
    if (!m_enabled || m_lastWidth == 0)
        return;
    std::fprintf(stderr, "\r%*s\r", m_lastWidth, "");
    std::fflush(stderr);
    m_lastWidth = 0;
}

} // namespace sucai::cli
