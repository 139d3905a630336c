#pragma once

#include "transferengine.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

namespace sucai::core {
class TransferJournal;
class UsageLedger;
} // namespace sucai::core

namespace sucai::transfer {

// The desktop app's transfer engine, in a thread of its own with its journal and usage ledger
// (DESIGN.md: file reads, checksums and SQLite never on the GUI thread). Lives in the GUI
// thread; every call is posted to the engine's thread, and the engine's signals arrive queued.
// The CLI does not need this: it has no window to keep responsive.
class TransferService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferService)

public:
    // `dataDir`: where transfers.db and usage.db live.
    explicit TransferService(const QString &dataDir, QObject *parent = nullptr);
    ~TransferService() override; // stops the engine in its thread (unfinished work resumes later)

    // For connecting to its signals; call it only through post().
    TransferEngine *engine() const { return m_engine; }

    // Runs `f(engine)` in the engine's thread.
    template<typename F> void post(F f)
    {
        QMetaObject::invokeMethod(m_engine, [e = m_engine, f = std::move(f)] { f(e); });
    }

    void addProfile(const QString &name, const cloud::Endpoint &endpoint,
                    cloud::SignatureKind signature, const cloud::Credentials &credentials);
    // New (refreshed) credentials: tasks that waited for them go on.
    void setCredentials(const QString &profile, const cloud::Credentials &credentials);
    // Brings back the unfinished transfers of the profiles added so far (again after adding
    // more: tasks already back are left alone).
    void restore(bool paused = false);

    // Files and folders (walked off the GUI thread, hidden files included) into bucket/prefix:
    // a folder "Photos" lands under prefix + "Photos/". One batch per call.
    void upload(const QString &profile, const QStringList &localPaths, const QString &bucket,
                const QString &prefix, const TransferEngine::UploadOptions &options = {});
    // Objects (keys) into a local folder, keeping the part of the key after `basePrefix`.
    void download(const QString &profile, const QString &bucket, const QStringList &keys,
                  const QList<qint64> &sizes, const QString &basePrefix, const QString &localDir,
                  core::ConflictPolicy conflict = core::ConflictPolicy::Ask);

    void pause(qint64 id);
    void resume(qint64 id);
    void cancel(qint64 id);
    void moveToFront(qint64 id);
    void resolveConflict(qint64 id, core::ConflictPolicy decision);

Q_SIGNALS:
    // Something the user should know (the journal could not be opened and transfers will not
    // survive a restart, a dropped file could not be read...).
    void warning(const QString &text);
    // A task of `profile` was refused for expired credentials and waits for new ones.
    void credentialsExpired(const QString &profile);

private:
    QThread m_thread;
    std::unique_ptr<core::TransferJournal> m_journal;
    std::unique_ptr<core::UsageLedger> m_ledger;
    TransferEngine *m_engine = nullptr; // lives in m_thread
};

} // namespace sucai::transfer
