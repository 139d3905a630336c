#include "smallhttpcall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sucai::cloud {

StorageError transportError(const QNetworkReply *reply)
{
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 0)
        return {};
    StorageError::Kind kind = StorageError::Kind::Network;
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return StorageError::make(StorageError::Kind::Protocol,
                                  StorageError::tr("The server sent no HTTP answer."));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        kind = StorageError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        kind = StorageError::Kind::Tls;
        break;
    default:
        break;
    }
    return StorageError::make(kind, reply->errorString());
}

void prepareSmallRequest(QNetworkRequest &request, int timeoutMs)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(timeoutMs);
}

SmallHttpCall::SmallHttpCall(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

SmallHttpCall::~SmallHttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool SmallHttpCall::isRunning() const
{
    return !m_reply.isNull();
}

void SmallHttpCall::get(const QUrl &url, int timeoutMs)
{
    QNetworkRequest nr(url);
    prepareSmallRequest(nr, timeoutMs);
    nr.setRawHeader("Accept", "application/json");
    send(m_network->get(nr));
}

void SmallHttpCall::postForm(const QUrl &url, const QByteArray &form, int timeoutMs)
{
    QNetworkRequest nr(url);
    prepareSmallRequest(nr, timeoutMs);
    nr.setRawHeader("Accept", "application/json");
    nr.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    send(m_network->post(nr, form));
}

void SmallHttpCall::send(QNetworkReply *reply)
{
    Q_ASSERT(!m_reply);
    m_status = 0;
    m_body.clear();
    m_error = {};
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &SmallHttpCall::onFinished);
}

void SmallHttpCall::abort()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    m_error = StorageError::make(StorageError::Kind::Cancelled, StorageError::tr("Cancelled."));
    Q_EMIT done();
}

void SmallHttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_error = transportError(reply);
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body = reply->read(kMaxBody);
    Q_EMIT done();
}

} // namespace sucai::cloud
