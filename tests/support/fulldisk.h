#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace sucai::test {

// Makes writes into a directory fail for real. Preferred: a 64 KiB tmpfs mounted on it (needs
// root); otherwise RLIMIT_FSIZE, so that write(2) beyond 64 KiB fails with EFBIG.
class FullDisk final
{
public:
    explicit FullDisk(const QString &dir)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
        if (::geteuid() == 0 &&
            ::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, "size=64k") == 0) {
            m_how = QStringLiteral("tmpfs");
            return;
        }
        ::getrlimit(RLIMIT_FSIZE, &m_oldLimit);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_oldLimit;
        limit.rlim_cur = 64 * 1024;
        if (::setrlimit(RLIMIT_FSIZE, &limit) == 0)
            m_how = QStringLiteral("rlimit");
    }
    ~FullDisk()
    {
        if (m_how == u"tmpfs") {
            ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
        } else {
            ::setrlimit(RLIMIT_FSIZE, &m_oldLimit);
            std::signal(SIGXFSZ, m_oldHandler);
        }
    }
    Q_DISABLE_COPY_MOVE(FullDisk)

    QString how() const { return m_how; } // empty: could not make the disk full
    // What the OS says when the write fails.
    QString reason() const
    {
        return m_how == u"tmpfs" ? QString::fromLocal8Bit(strerror(ENOSPC))
                                 : QString::fromLocal8Bit(strerror(EFBIG));
    }

private:
    QString m_dir;
    QString m_how;
    rlimit m_oldLimit{};
    void (*m_oldHandler)(int) = SIG_DFL;
};

} // namespace sucai::test
