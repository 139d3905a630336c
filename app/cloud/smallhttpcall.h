#pragma once

#include "storageerror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sucai::cloud {

// The error of a finished reply that got no HTTP answer at all (status 0): unreachable host,
// refused connection, TLS failure, timeout. Kind::None when the server answered.
StorageError transportError(const QNetworkReply *reply);

// The settings every small JSON/XML call of the sign-in chain uses: no redirects followed
// (a token must not be posted to wherever a 30x points), identity encoding, a transfer timeout.
void prepareSmallRequest(QNetworkRequest &request, int timeoutMs);

// One small request whose whole answer (≤ 1 MiB) is wanted: discovery documents, token
// endpoints. Emits done() once, also after abort(); the owner deletes it.
class SmallHttpCall final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBody = 1024 * 1024;

    SmallHttpCall(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SmallHttpCall() override;

    void get(const QUrl &url, int timeoutMs);
    void postForm(const QUrl &url, const QByteArray &form, int timeoutMs);
    void abort();

    bool isRunning() const;
    int status() const { return m_status; }                   // 0: no HTTP answer
    const QByteArray &body() const { return m_body; }         // the answer's body
    const StorageError &transport() const { return m_error; } // set when status() is 0

Q_SIGNALS:
    void done();

private:
    void send(QNetworkReply *reply);
    void onFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    int m_status = 0;
    QByteArray m_body;
    StorageError m_error;
};

} // namespace sucai::cloud
